// Inline in <head> (see Base.astro): applies the stored theme before first paint.
(function () {
  var d = document.documentElement;
  d.classList.add('js');
  try {
    var s = localStorage.getItem('theme');
    if (s === 'light' || s === 'dark') d.dataset.theme = s;
  } catch (e) {}
})();
