import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

export default function Home(): ReactNode {
  return (
    <Layout title="Security" description="Rancher Manager security documentation: the Security FAQ, hardening guides, CIS results and advisories.">
      <main className="container margin-vert--xl">
        <h1>Rancher Manager security documentation</h1>
        <p>Answers to common security questions, and the guides and results they point to.</p>
        <ul>
          <li><Link to="/faq/security">Security FAQ</Link></li>
          <li><Link to="/reference-guides/rancher-security/">Security section</Link>: hardening guides, CIS benchmark self-assessment, advisories</li>
        </ul>
      </main>
    </Layout>
  );
}
