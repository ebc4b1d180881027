// The address a production build is hosted at (BAOCAO06_URL), checked once for webpack and for
// `npm run release`: Excel loads add-ins only over HTTPS, and the manifest's URLs are this folder
// plus a page name, so it must end with "/". The messages are for a province's IT, in Vietnamese.
const EXAMPLE = "ví dụ BAOCAO06_URL=https://baocao.tinh.gov.vn/baocao06/";

class HostUrlError extends Error {}

/** @param {string | undefined} raw @returns {URL} */
function checkHostUrl(raw) {
  if (!raw) throw new HostUrlError(`Thiếu địa chỉ máy chủ: đặt biến BAOCAO06_URL là địa chỉ HTTPS sẽ đặt gói (${EXAMPLE}).`);
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new HostUrlError(`BAOCAO06_URL "${raw}" không phải một địa chỉ web (${EXAMPLE}).`);
  }
  if (url.protocol !== "https:")
    throw new HostUrlError(`BAOCAO06_URL "${raw}" phải bắt đầu bằng https://: Excel chỉ nạp phần bổ trợ qua HTTPS.`);
  if (!raw.endsWith("/") || url.search || url.hash)
    throw new HostUrlError(`BAOCAO06_URL "${raw}" phải là một thư mục, kết thúc bằng dấu "/" (ví dụ ${raw.replace(/\/*$/, "/")}).`);
  return url;
}

module.exports = { checkHostUrl, HostUrlError };
