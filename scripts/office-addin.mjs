// npm start / npm stop: sideload the add-in into Excel through office-addin-debugging.
// That tool is an optional dependency: its chain builds the native keytar module, which needs
// libsecret, so `npm ci` goes on without it on a machine that lacks the library. Here we say in one
// line what is missing instead of letting npm print "command not found" or a stack trace.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const command = process.argv[2];
if (command !== "start" && command !== "stop") {
  console.error("Cách dùng: node scripts/office-addin.mjs start|stop");
  process.exit(2);
}

const require = createRequire(import.meta.url);
let cli;
try {
  cli = join(dirname(require.resolve("office-addin-debugging/package.json")), "cli.js");
} catch {
  console.error(
    `Thiếu công cụ nạp add-in vào Excel (office-addin-debugging, cần thư viện libsecret): cài bằng "sudo apt-get install libsecret-1-dev && npm ci" rồi chạy lại "npm ${command}".`,
  );
  process.exit(1);
}

const r = spawnSync(process.execPath, [cli, command, "manifest.xml", ...process.argv.slice(3)], { stdio: "inherit" });
process.exit(r.status ?? 1);
