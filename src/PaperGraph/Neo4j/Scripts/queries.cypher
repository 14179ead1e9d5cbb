// Queries worth running on a PaperGraph graph. Paste one into Neo4j Browser, or drag this file
// into Browser's favourites. Names in quotes ('GRPO', 'RLP') are examples: put your own.
// Entity ids are the lower-case label, a colon and a slug: 'method:grpo', 'benchmark:aime25'.

// 1. The graph at a glance: nodes per label.
MATCH (n)
RETURN labels(n)[0] AS label, count(*) AS nodes
ORDER BY nodes DESC;

// 2. The most used benchmarks: how many papers evaluate on each.
MATCH (p:Paper)-[:EVALUATES_ON]->(b:Benchmark)
RETURN b.name AS benchmark, count(DISTINCT p) AS papers
ORDER BY papers DESC, benchmark
LIMIT 25;

// 3. Which rewards each method is trained or optimised with.
MATCH (m:Method)-[r:USES_REWARD]->(w:Reward)
RETURN m.name AS method, collect(DISTINCT w.name) AS rewards, sum(size(r.papers)) AS supporting_papers
ORDER BY supporting_papers DESC, method;

// 4. Models trained with GRPO, and the papers that say so.
MATCH (model:Model)-[r:TRAINED_WITH]->(m:Method)
WHERE m.name = 'GRPO' OR 'GRPO' IN m.aliases
RETURN model.name AS model, r.papers AS papers
ORDER BY model;

// 5. What extends a method, directly or through a chain of extensions.
MATCH path = (variant:Method)-[:EXTENDS*1..3]->(base:Method {name: 'PPO'})
RETURN variant.name AS variant, [n IN nodes(path) | n.name] AS lineage
ORDER BY length(path), variant;

// 6. Papers that connect two methods: both appear in the same paper.
MATCH (a:Method {name: 'RLHF'})<--(p:Paper)-->(b:Method {name: 'DPO'})
RETURN p.title AS paper, p.url AS url
ORDER BY paper;

// 7. Benchmarks evaluated together: pairs of benchmarks reported by the same papers.
MATCH (b1:Benchmark)<-[:EVALUATES_ON]-(p:Paper)-[:EVALUATES_ON]->(b2:Benchmark)
WHERE b1.id < b2.id
RETURN b1.name AS benchmark, b2.name AS evaluated_with, count(DISTINCT p) AS papers
ORDER BY papers DESC
LIMIT 25;

// 8. A paper's neighbourhood: everything it proposes, evaluates on and mentions (graph view).
MATCH (p:Paper)-[r]->(e)
WHERE p.title CONTAINS 'RLP'
RETURN p, r, e;

// 9. What each paper proposes, newest first.
MATCH (p:Paper)-[:PROPOSES]->(e)
RETURN p.year AS year, p.title AS paper, collect(labels(e)[0] + ': ' + e.name) AS proposes
ORDER BY year DESC, paper
LIMIT 50;

// 10. Claimed wins: who outperforms whom, with the sentence that says so.
MATCH (winner)-[r:OUTPERFORMS]->(loser)
RETURN winner.name AS winner, loser.name AS baseline, r.evidence[0] AS evidence, size(r.papers) AS papers
ORDER BY papers DESC, winner;

// 11. The methods most often proposed or used across the corpus.
MATCH (p:Paper)-->(m:Method)
RETURN m.name AS method, count(DISTINCT p) AS papers
ORDER BY papers DESC
LIMIT 25;

// 12. Where a method is evaluated: its benchmarks and how many papers report each.
MATCH (m:Method {name: 'RLVR'})-[r:EVALUATED_ON]->(b:Benchmark)
RETURN b.name AS benchmark, size(r.papers) AS papers
ORDER BY papers DESC;

// 13. Full-text search over entity names and aliases (the index the loader creates).
CALL db.index.fulltext.queryNodes('entity_names', 'reward~') YIELD node, score
RETURN labels(node)[0] AS label, node.name AS name, node.aliases AS aliases, score
ORDER BY score DESC
LIMIT 20;

// 14. The evidence for one relationship: every sentence that supports it.
MATCH (a {name: 'RLP'})-[r]->(b)
WHERE type(r) <> 'MENTIONS'
UNWIND r.evidence AS sentence
RETURN a.name AS source, type(r) AS relation, b.name AS target, sentence;

// 15. Entities seen in only one paper (candidates for a lexicon, or for a closer look).
MATCH (e)<-[:MENTIONS|PROPOSES|EVALUATES_ON]-(p:Paper)
WITH e, count(DISTINCT p) AS papers
WHERE papers = 1
RETURN labels(e)[0] AS label, e.name AS name
ORDER BY label, name
LIMIT 50;
