// @ts-check
/**
 * TypeDoc plugin of the API site (`npm run docs`, typedoc.json): keeps the site small without hiding a type.
 * - The generated schemas (`IssuingCardSchema`, … one per generated type, ~2 900) get no page each: every one
 *   is `Schema<T>` of the type it is named after, which the `Schema` page says; their pages held nothing else.
 * - Pages leave out the Settings panel (member-visibility filters and theme picker, ~2 KB repeated on each of
 *   ~3 000 pages); the theme follows the reader's OS setting.
 * - An interface's or class's page has no "Index" box: its members are listed three times already (the
 *   declaration at the top, the "On This Page" menu, the member sections). Module pages keep their index.
 * - An interface none of whose members has a doc comment (the generated ones: facts only, no prose) is
 *   shown by its declaration alone, `name?: Type` per member with each type linked; the member sections and
 *   the "On This Page" menu would repeat exactly that, twice.
 * - The main module's page (thousands of exports) has no "On This Page" menu: it would repeat the page's index.
 */
import { Converter, DeclarationReflection, DefaultTheme, DefaultThemeRenderContext, JSX, ReflectionKind } from 'typedoc';

/**
 * Whether a reflection comes from `src/generated/` (the site is built without source paths): the generator
 * starts every doc comment the same way (`Stripe's \`…\`.`, `Schema of …`).
 * @param {import('typedoc').Reflection} r @param {string} prefix
 */
const generated = (r, prefix) => (r.comment?.summary.map((part) => part.text).join('') ?? '').startsWith(prefix);

/** @param {import('typedoc').Reflection} r */
const hasDocs = (r) => r.hasComment() || (r instanceof DeclarationReflection && [...(r.signatures ?? []), r.getSignature, r.setSignature].some((sig) => sig?.hasComment()));

/** An interface whose members carry no doc comment (a generated one). @param {import('typedoc').Reflection} r */
const undocumentedInterface = (r) =>
  r instanceof DeclarationReflection && r.kindOf(ReflectionKind.Interface) && !r.extendedTypes?.length && (r.children ?? []).every((c) => !hasDocs(c));

/** A module page whose "On This Page" menu would repeat its index of thousands of exports. @param {import('typedoc').Reflection} r */
const hugeModule = (r) => r instanceof DeclarationReflection && r.kindOf(ReflectionKind.Module) && (r.children?.length ?? 0) > 300;

class LeanContext extends DefaultThemeRenderContext {
  /** @param {ConstructorParameters<typeof DefaultThemeRenderContext>} args */
  constructor(...args) {
    super(...args);
    const none = () => JSX.createElement(JSX.Fragment, null);
    this.settings = none;
    const index = this.index;
    this.index = (props) => (props.kindOf(ReflectionKind.Interface | ReflectionKind.Class) ? none() : index(props));
    const members = this.members;
    this.members = (props) => (undocumentedInterface(props) ? none() : members(props));
    const pageNavigation = this.pageNavigation;
    this.pageNavigation = (page) => (undocumentedInterface(page.model) || hugeModule(page.model) ? none() : pageNavigation(page));
  }
}

class LeanTheme extends DefaultTheme {
  /** @param {import('typedoc').PageEvent<import('typedoc').Reflection>} page */
  getRenderContext(page) {
    return new LeanContext(this.router, this, page, this.application.options);
  }
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.defineTheme('cardplane-lean', LeanTheme);
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const r of context.project.getReflectionsByKind(ReflectionKind.Variable)) {
      if (r.name.endsWith('Schema') && generated(r, 'Schema of')) context.project.removeReflection(r);
    }
  });
}
