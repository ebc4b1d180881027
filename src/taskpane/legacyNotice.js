// Inlined into taskpane.html and commands.html, and written in ES3 so that every webview
// parses it, Internet Explorer 11 included. The app itself is built for ES2017: where the
// webview cannot run it, this says so in Vietnamese and gives the browser page's address,
// instead of leaving a blank pane.
(function () {
  var modern = false;
  try {
    // The only way to ask this parser whether it knows ES2017 without failing to parse this file.
    new Function("async function f() { await 0; } var o = { ...{} }; return () => f;");
    modern = typeof Promise !== "undefined" && typeof Symbol !== "undefined";
  } catch (e) {
    modern = false;
  }
  if (modern) return;
  var page = String(window.location.href)
    .replace(/[?#].*$/, "")
    .replace(/[^\/]*$/, "index.html");
  function show() {
    var box = document.getElementById("container") || document.body;
    if (!box) return;
    box.innerHTML =
      '<div style="font-family: Segoe UI, Arial, sans-serif; font-size: 14px; padding: 12px; line-height: 1.5">' +
      '<h1 style="font-size: 16px">Excel này chưa chạy được BaoCao06</h1>' +
      "<p>Excel đang dùng trình duyệt nhúng cũ (Internet Explorer 11), không chạy được phần bổ trợ. " +
      "Hãy cập nhật Office (Microsoft 365, Excel 2021, hoặc Excel 2019 trên Windows 10 bản 1903 trở lên), " +
      "hoặc dùng chế độ trình duyệt: mở địa chỉ sau bằng Microsoft Edge hoặc Google Chrome.</p>" +
      '<p style="word-break: break-all"><b>' +
      page.replace(/&/g, "&amp;").replace(/</g, "&lt;") +
      "</b></p></div>";
  }
  if (document.readyState === "loading") {
    if (document.addEventListener) document.addEventListener("DOMContentLoaded", show);
    else window.attachEvent("onload", show);
  } else show();
})();
