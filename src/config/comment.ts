/**
 * One sticky pull-request comment per environment, updated in place: the comment is found by a
 * hidden HTML marker in its body (GitHub REST API, issues comments endpoints: list, create,
 * update). The client is passed in (an Octokit from @actions/github in the action, any object
 * with the same methods in tests), so this module stays free of @actions/* imports.
 */

/** The subset of Octokit's REST client used here. */
export interface CommentsClient {
  rest: {
    issues: {
      listComments(p: {
        owner: string;
        repo: string;
        issue_number: number;
        per_page?: number;
        page?: number;
      }): Promise<{ data: { id: number; body?: string | null }[] }>;
      createComment(p: { owner: string; repo: string; issue_number: number; body: string }): Promise<{ data: { id: number } }>;
      updateComment(p: { owner: string; repo: string; comment_id: number; body: string }): Promise<{ data: { id: number } }>;
    };
  };
}

/** The pull request (or issue) to comment on. */
export interface CommentTarget {
  owner: string;
  repo: string;
  issue_number: number;
}

/** The hidden marker identifying our comment for an environment. */
export function stickyMarker(environment: string): string {
  return `<!-- mc-config-attest:${environment.replace(/-->/g, '')} -->`;
}

/**
 * Creates the sticky comment, or updates the one carrying the marker.
 * Reads at most 30 pages of 100 comments.
 * @returns what was done and the comment id.
 */
export async function upsertStickyComment(
  client: CommentsClient,
  target: CommentTarget,
  marker: string,
  markdown: string,
): Promise<{ action: 'created' | 'updated'; id: number }> {
  const body = `${marker}\n${markdown}`;
  for (let page = 1; page <= 30; page++) {
    const { data } = await client.rest.issues.listComments({ ...target, per_page: 100, page });
    const mine = data.find((c) => c.body?.startsWith(marker));
    if (mine) {
      await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: mine.id, body });
      return { action: 'updated', id: mine.id };
    }
    if (data.length < 100) break;
  }
  const { data } = await client.rest.issues.createComment({ ...target, body });
  return { action: 'created', id: data.id };
}
