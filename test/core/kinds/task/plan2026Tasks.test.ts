import { PLAN_2026_TASKS, type PlanTask, defaultRegistry, parseDeadline, planParties, tasksForUnit } from "../../../../src/core";

const inPlan = (plan: "II" | "III") => PLAN_2026_TASKS.filter((t) => t.plan === plan);
const ref = (t: PlanTask) => (t.plan === "II" ? `II.${t.no}` : `III.${t.groupNo}.${t.no}`);
const find = (r: string) => PLAN_2026_TASKS.find((t) => ref(t) === r)!;

describe("2026 plan task lists as data (004_* Phụ lục II, III)", () => {
  test("Phụ lục II: 26 tasks numbered on through the groups; Phụ lục III: 40 tasks numbered within each group", () => {
    expect(inPlan("II").map((t) => t.no)).toEqual(Array.from({ length: 26 }, (_, i) => String(i + 1)));
    // The plan prints no group VII in Phụ lục II.
    expect([...new Set(inPlan("II").map((t) => t.groupNo))]).toEqual(["I", "II", "III", "IV", "V", "VI", "VIII", "IX", "X"]);
    const perGroup = new Map<string, string[]>();
    for (const t of inPlan("III")) perGroup.set(t.groupNo, [...(perGroup.get(t.groupNo) ?? []), t.no]);
    expect(Object.fromEntries([...perGroup].map(([g, nos]) => [g, nos.length]))).toEqual({
      I: 1,
      II: 6,
      III: 3,
      IV: 5,
      V: 8,
      VI: 3,
      VII: 4,
      VIII: 3,
      IX: 1,
      X: 6,
    });
    for (const nos of perGroup.values()) expect(nos).toEqual(nos.map((_, i) => String(i + 1)));
  });

  test("texts as printed: footnote marks and HTML dropped, the task split by a page break joined", () => {
    expect(find("II.1").task).toBe("Tham gia góp ý xây dựng, sửa đổi các văn bản pháp lý có liên quan theo chức năng của địa phương.");
    expect(find("II.1").group).toBe(
      "Hoàn thiện chính sách, pháp luật về phát triển, cung cấp ứng dụng, dịch vụ số liên quan đến thông tin dân cư (03 nhiệm vụ)",
    );
    expect(find("II.15").product.split("\n")).toHaveLength(3);
    expect(find("III.X.5").task).toMatch(/doanh nghiệp trên ứng dụng VNeID; cập nhật kết quả .* để theo dõi, đánh giá\.$/);
    expect(find("III.X.6").task).toMatch(/^Chỉ đạo Công an cấp xã theo dõi/);
    expect(find("III.III.3")).toMatchObject({
      lead: expect.stringContaining("Ngân hàng Nhà nước chi nhánh khu vực 7"),
      deadline: "Hoàn thành trong tháng 6/2026 duy trì thường xuyên",
    });
    for (const t of PLAN_2026_TASKS) {
      for (const text of [t.group, t.task, t.lead, t.partners, t.deadline, t.product]) {
        expect(text).not.toMatch(/<[^>]+>|\s{2,}/);
        expect(text.trim()).toBe(text);
        expect(text).not.toBe("");
      }
    }
  });

  test("every printed deadline is a phrase the deadline parser knows", () => {
    const unknown = PLAN_2026_TASKS.map((t) => parseDeadline(t.deadline)).filter((d) => d.kind === "unparsed");
    expect(unknown).toEqual([]);
    expect(parseDeadline(find("II.4").deadline).due).toBe("2026-12-31");
    expect(parseDeadline(find("III.II.2").deadline).due).toBe("2026-09-30");
    expect(parseDeadline(find("III.IV.4").deadline).kind).toBe("open");
    expect(parseDeadline(find("II.5").deadline)).toMatchObject({ kind: "recurring", due: "2026-12-31" });
  });

  test("every task names a provincial unit or group somewhere: no cell of the plan goes unrecognised", () => {
    const orphan = PLAN_2026_TASKS.filter((t) => {
      const p = [planParties(t.lead), planParties(t.partners)];
      return p.every((x) => x.unitIds.length === 0 && x.scopes.length === 0);
    });
    expect(orphan.map(ref)).toEqual([]);
    expect(planParties("Bộ Y tế; Bộ Công an")).toEqual({ unitIds: [], scopes: [], national: ["Bộ Y tế", "Bộ Công an"] });
    // "Y tế" alone is Sở Y tế; "các sở, ban, ngành liên quan" assigns nobody in particular.
    expect(planParties(find("III.II.2").partners)).toMatchObject({
      unitIds: expect.arrayContaining(["so-tu-phap", "so-khoa-hoc-cong-nghe", "so-y-te"]),
      scopes: ["communes"],
    });
    expect(planParties(find("III.II.2").partners).unitIds).toHaveLength(3);
    // "Bộ Khoa học và Công nghệ" is national even though "Khoa học và công nghệ" names the provincial department elsewhere.
    expect(planParties(find("II.18").lead)).toEqual({ unitIds: [], scopes: [], national: ["Bộ Khoa học và Công nghệ"] });
    expect([...planParties("Sở Tài chính; Khoa học và công nghệ, Công an tỉnh").unitIds].sort()).toEqual([
      "cong-an-tinh",
      "so-khoa-hoc-cong-nghe",
      "so-tai-chinh",
    ]);
    expect(planParties("Sở Nội vụ, Sở Khoa và Công nghệ, Công an tỉnh").unitIds).toContain("so-khoa-hoc-cong-nghe");
    expect(planParties(find("II.9").partners).unitIds).toContain("ngan-hang-nha-nuoc");
  });
});

describe("tasksForUnit: the plan tasks a unit reports on", () => {
  const named = (unit: string) =>
    tasksForUnit(unit)
      .filter((t) => t.named)
      .map((t) => ref(t.task));

  // Counts read off the seed: where the unit's name stands in "Cơ quan chủ trì" or "Cơ quan phối hợp".
  test("Sở Khoa học và Công nghệ: named in 10 tasks of Phụ lục II and 17 of Phụ lục III, under three spellings", () => {
    expect(named("Sở Khoa học và Công nghệ")).toEqual([
      ...["II.2", "II.5", "II.9", "II.11", "II.15", "II.16", "II.17", "II.18", "II.22", "II.24"],
      ...[
        "III.II.1",
        "III.II.2",
        "III.III.1",
        "III.III.2",
        "III.IV.1",
        "III.IV.2",
        "III.IV.3",
        "III.V.1",
        "III.V.2",
        "III.V.3",
        "III.V.5",
        "III.V.6",
      ],
      ...["III.VI.1", "III.VI.2", "III.VI.3", "III.VII.1", "III.VII.4"],
    ]);
    const all = tasksForUnit("Sở Khoa học và Công nghệ");
    // Plus the tasks of "Các sở, ban, ngành" (II.14 and 17 in Phụ lục III).
    expect(all).toHaveLength(45);
    expect(all.find((t) => ref(t.task) === "III.VI.2")).toMatchObject({ role: "lead", named: true });
    expect(all.find((t) => ref(t.task) === "II.2")).toMatchObject({ role: "partner", named: true });
    // Its older name finds the same tasks.
    expect(tasksForUnit("Sở Thông tin và Truyền thông")).toHaveLength(45);
  });

  test("Văn phòng UBND tỉnh, the State Bank branch and Sở Y tế by name", () => {
    expect(named("Văn phòng UBND tỉnh")).toEqual(["II.5", "II.17", "II.26", "III.VI.3"]);
    // "Ngân hàng Nhà nước Việt Nam Chi nhánh KV 7" and "… chi nhánh khu vực 7" are the registry's "… Khu vực 7".
    expect(named("Ngân hàng Nhà nước chi nhánh Khu vực 7")).toEqual(["II.9", "III.III.3", "III.VII.2"]);
    expect(named("Sở Y tế")).toEqual(["II.9", "II.10", "III.II.2", "III.III.3", "III.VII.2", "III.VII.3"]);
  });

  test("Công an tỉnh co-operates on 20 tasks of Phụ lục II by name, and on the one for every department", () => {
    const ca = tasksForUnit("Công an tỉnh").filter((t) => t.task.plan === "II");
    expect(ca.map((t) => t.task.no)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "9",
      "12",
      "13",
      "14",
      "15",
      "16",
      "18",
      "19",
      "20",
      "21",
      "22",
      "23",
      "24",
      "25",
      "26",
    ]);
    expect(ca.filter((t) => t.named)).toHaveLength(20);
    expect(ca.every((t) => t.role === "partner")).toBe(true);
  });

  test("a commune reports on the tasks of 'UBND cấp xã', 'UBND xã, phường' and 'các sở, ngành, địa phương'", () => {
    const xa = tasksForUnit("UBND xã Quảng Phú");
    expect(xa).toHaveLength(31);
    expect(xa.some((t) => t.named)).toBe(false);
    expect(xa.map((t) => ref(t.task))).toEqual(expect.arrayContaining(["II.14", "III.I.1", "III.II.2", "III.V.8", "III.X.6"]));
    // Tasks only for departments are not a commune's.
    expect(xa.map((t) => ref(t.task))).not.toContain("III.II.3");
  });

  test("a unit the plan does not concern has none; an unknown unit has none", () => {
    expect(tasksForUnit("Công ty Điện lực")).toEqual([]);
    expect(tasksForUnit("Sở Không Có")).toEqual([]);
  });

  test("the list follows the registry the clerk edits", () => {
    const registry = {
      ...defaultRegistry,
      units: defaultRegistry.units
        .map((u) => (u.id === "ngan-hang-nha-nuoc" ? { ...u, aliases: ["NHNN KV7"] } : u))
        .filter((u) => u.id !== "so-y-te"),
    };
    expect(tasksForUnit("NHNN KV7", registry).filter((t) => t.named)).toHaveLength(3);
    expect(tasksForUnit("Sở Y tế", registry)).toEqual([]);
  });
});
