/**
 * Blog posts with only the fields a test gives, for the models that read a few of them (the
 * blog's listings read a post's blog, draft, unlisted and tags). The rest are left out on
 * purpose: a model that starts reading another field fails its tests loudly, not silently.
 */
import type { BlogPost } from '../../scripts/content/model/site.ts';

export function partialPosts(posts: Array<Partial<BlogPost>>, blog = 'blog'): BlogPost[] {
  return posts.map((post) => ({ blog, draft: false, ...post }) as unknown as BlogPost);
}
