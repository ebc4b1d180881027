import { dvc25 } from "./dvc25";
import { dvc422 } from "./dvc422";
import type { Catalogue, CatalogueId, ServiceDef } from "./types";

export * from "./types";
export { dvc25, dvc422 };

export const catalogues: readonly Catalogue[] = [dvc25, dvc422];

export function catalogueById(id: CatalogueId): Catalogue {
  return id === "dvc25" ? dvc25 : dvc422;
}

const byId = new Map<string, ServiceDef>(catalogues.flatMap((c) => c.services.map((s) => [s.id, s])));

export function serviceById(id: string): ServiceDef | undefined {
  return byId.get(id);
}

export function subItemsOf(catalogue: Catalogue, parentId: string): readonly ServiceDef[] {
  return catalogue.services.filter((s) => s.parent === parentId);
}
