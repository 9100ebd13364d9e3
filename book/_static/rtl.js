// Give every table cell of the book dir="auto", so the browser sets each cell's direction from
// its content: Arabic cells right to left, English and numbers left to right.
document.addEventListener("DOMContentLoaded", () => {
  for (const cell of document.querySelectorAll("article td, article th")) {
    if (!cell.hasAttribute("dir")) {
      cell.setAttribute("dir", "auto");
    }
  }
});
