/**
 * The sidebars' ordering, implemented once for every version: Docusaurus builds the tree
 * (categories, index pages, labels), then we order each level by weight / sidebar_position
 * and title (see scripts/content/model/order.ts).
 */
import type { PluginOptions } from '@docusaurus/plugin-content-docs';
import { positionFromFrontMatter, sortByOrder, type Orderable } from '../content/model/order.ts';

type SidebarItemsGeneratorOption = PluginOptions['sidebarItemsGenerator'];
type GeneratorArgs = Omit<Parameters<SidebarItemsGeneratorOption>[0], 'defaultSidebarItemsGenerator'>;
type NormalizedSidebarItem = Awaited<ReturnType<SidebarItemsGeneratorOption>>[number];
type GeneratorDoc = GeneratorArgs['docs'][number];

export const weightSidebarItemsGenerator: SidebarItemsGeneratorOption = async ({
  defaultSidebarItemsGenerator,
  ...args
}) => {
  // Feed the weight to Docusaurus as sidebar_position, so category index pages
  // lend their weight to their category exactly as sidebar_position would. Docusaurus's own
  // sidebarPosition (sidebar_position, or the file's number prefix, `01-x.md` → 1) is kept
  // when the page sets no weight.
  const docs = args.docs.map((doc) => ({
    ...doc,
    sidebarPosition: positionFromFrontMatter(doc.frontMatter as Record<string, unknown>, doc.sidebarPosition),
  }));
  const items = await defaultSidebarItemsGenerator({ ...args, docs });
  const docsById = new Map(docs.map((doc) => [doc.id, doc]));
  return orderLevel(items, (item) => orderableOf(item, docsById, args));
};

function orderLevel(
  items: NormalizedSidebarItem[],
  toOrderable: (item: NormalizedSidebarItem) => Orderable,
): NormalizedSidebarItem[] {
  const nested = items.map((item) =>
    item.type === 'category' ? { ...item, items: orderLevel(item.items, toOrderable) } : item,
  );
  return sortByOrder(nested, toOrderable);
}

function orderableOf(
  item: NormalizedSidebarItem,
  docsById: Map<string, GeneratorDoc>,
  args: GeneratorArgs,
): Orderable {
  if (item.type === 'doc') {
    const doc = docsById.get(item.id);
    return {
      position: doc?.sidebarPosition,
      title: item.label ?? (doc?.frontMatter.sidebar_label as string | undefined) ?? doc?.title ?? item.id,
    };
  }
  if (item.type === 'category') {
    const linked = item.link?.type === 'doc' ? docsById.get(item.link.id) : undefined;
    const folder = categoryFolder(item, docsById);
    const metadataPosition = folder ? args.categoriesMetadata[folder]?.position : undefined;
    return { position: metadataPosition ?? linked?.sidebarPosition, title: item.label };
  }
  return { position: undefined, title: 'label' in item && typeof item.label === 'string' ? item.label : '' };
}

/** The folder (relative to the version's docs) a generated category stands for: the common
 * directory of the docs inside it. Needed to find its `_category_` file's position. */
function categoryFolder(
  item: NormalizedSidebarItem & { type: 'category' },
  docsById: Map<string, GeneratorDoc>,
): string | undefined {
  const dirs: string[] = [];
  const visit = (node: NormalizedSidebarItem) => {
    if (node.type === 'doc') {
      const doc = docsById.get(node.id);
      if (doc) dirs.push(doc.sourceDirName);
    } else if (node.type === 'category') {
      if (node.link?.type === 'doc') {
        const doc = docsById.get(node.link.id);
        if (doc) dirs.push(doc.sourceDirName);
      }
      node.items.forEach(visit);
    }
  };
  visit(item);
  if (dirs.length === 0) return undefined;
  const split = dirs.map((dir) => dir.split('/'));
  const common: string[] = [];
  for (let i = 0; split.every((parts) => i < parts.length && parts[i] === split[0][i]); i++) {
    common.push(split[0][i]);
  }
  return common.length > 0 ? common.join('/') : undefined;
}
