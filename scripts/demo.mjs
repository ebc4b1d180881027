// npm run demo: merge the bundled samples. They include broken files on purpose, so the report is
// incomplete and `merge` exits 1; that is the expected outcome here, not a failure of the demo.
import { spawnSync } from "node:child_process";

const r = spawnSync(process.execPath, ["bin/baocao06.js", "merge", "samples", "--out", "out/tong-hop.xlsx"], { stdio: "inherit" });
if (r.status === 1) console.log("\n(Mã thoát 1: bảng tổng hợp chưa đầy đủ — các tệp mẫu cố ý có lỗi để thấy cách BaoCao06 xử lý.)");
process.exit(r.status === 0 || r.status === 1 ? 0 : (r.status ?? 1));
