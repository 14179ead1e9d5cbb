using PaperGraph.Graph;

namespace PaperGraph.Export.Explorer;

/// <summary>
/// Positions for the explorer's first view, computed at build time because force layouts in the
/// browser take minutes at 5,000 nodes. A short spring-embedder run from a sunflower start:
/// repulsion only between nodes in neighbouring grid cells, so one step costs O(nodes + edges).
/// No randomness, a fixed number of steps: the same graph always gets the same positions.
/// </summary>
internal static class OverviewLayout
{
    /// <summary>Preferred edge length, in the page's model units.</summary>
    private const double Spacing = 60;
    private const int Steps = 80;

    /// <summary>One (x, y) per node, in the order of <see cref="KnowledgeGraph.Nodes"/>.</summary>
    public static (double X, double Y)[] Compute(KnowledgeGraph graph)
    {
        var n = graph.Nodes.Count;
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++) index[graph.Nodes[i].Id] = i;
        var links = graph.Edges
            .Where(e => index.ContainsKey(e.Source) && index.ContainsKey(e.Target) && e.Source != e.Target)
            .Select(e => (From: index[e.Source], To: index[e.Target]))
            .ToArray();

        var degree = new int[n];
        foreach (var (from, to) in links)
        {
            degree[from]++;
            degree[to]++;
        }
        var x = new double[n];
        var y = new double[n];
        SunflowerStart(x, y);
        var dx = new double[n];
        var dy = new double[n];
        var temperature = Spacing * Math.Sqrt(n) / 4;
        for (var step = 0; step < Steps; step++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            Repel(x, y, degree, dx, dy);
            Attract(links, degree, x, y, dx, dy);
            Move(x, y, dx, dy, Math.Max(temperature, 1));
            temperature *= 0.94;
        }
        return Enumerable.Range(0, n).Select(i => (Math.Round(x[i], 1), Math.Round(y[i], 1))).ToArray();
    }

    // Nodes arrive sorted by label, so the start already groups labels into rings.
    private static void SunflowerStart(double[] x, double[] y)
    {
        var golden = Math.PI * (3 - Math.Sqrt(5));
        for (var i = 0; i < x.Length; i++)
        {
            var r = Spacing * 0.8 * Math.Sqrt(i + 0.5);
            x[i] = r * Math.Cos(i * golden);
            y[i] = r * Math.Sin(i * golden);
        }
    }

    /// <summary>
    /// A grid cell with more nodes than this repels as one body at its centre of mass. Hubs of a large
    /// graph (a benchmark thousands of papers use) pull their neighbours into a few cells, and pairwise
    /// repulsion inside such cells took minutes at 40,000 nodes; smaller graphs never reach it.
    /// </summary>
    private const int MaxPairwisePerCell = 48;

    /// <summary>Neighbours on each side, in x order, that a node in a crowded cell still repels one by one.</summary>
    private const int NearestAlongX = 4;

    private static void Repel(double[] x, double[] y, int[] degree, double[] dx, double[] dy)
    {
        var cell = 2 * Spacing;
        var grid = new Dictionary<(int, int), Cell>();
        for (var i = 0; i < x.Length; i++)
        {
            var key = ((int)Math.Floor(x[i] / cell), (int)Math.Floor(y[i] / cell));
            if (!grid.TryGetValue(key, out var members)) grid[key] = members = new Cell();
            members.Add(i, x[i], y[i], Math.Sqrt(degree[i] + 1.0));
        }
        var k2 = Spacing * Spacing;
        var placeInCell = new int[x.Length];
        foreach (var members in grid.Values)
        {
            if (members.Nodes.Count > MaxPairwisePerCell) members.ByX(x, placeInCell);
        }
        // A node's pushes go into its own dx, dy only, summed in the same order whichever core
        // computes it: the nodes are spread over the cores and the layout stays the same.
        Parallel.For(0, x.Length, i =>
        {
            var cx = (int)Math.Floor(x[i] / cell);
            var cy = (int)Math.Floor(y[i] / cell);
            var weight = Math.Sqrt(degree[i] + 1.0);
            for (var gx = cx - 1; gx <= cx + 1; gx++)
            {
                for (var gy = cy - 1; gy <= cy + 1; gy++)
                {
                    if (!grid.TryGetValue((gx, gy), out var members)) continue;
                    if (members.Nodes.Count > MaxPairwisePerCell)
                    {
                        var (mx, my) = members.Centre;
                        Push(i, x[i] - mx, y[i] - my, i, k2 * weight * members.Weight);
                        if (gx == cx && gy == cy) RepelNearestAlongX(i, members);
                        continue;
                    }
                    foreach (var j in members.Nodes)
                    {
                        if (j == i) continue;
                        // ForceAtlas2's degree weighting: hubs push harder, so their neighbours get room.
                        Push(i, x[i] - x[j], y[i] - y[j], j, k2 * Math.Sqrt((degree[i] + 1.0) * (degree[j] + 1.0)));
                    }
                }
            }
        });

        // In its own crowded cell a node also repels its neighbours in x order, so that nodes which
        // meet (and would move as one under the centre's push alone) are separated.
        void RepelNearestAlongX(int i, Cell members)
        {
            var byX = members.ByX(x, placeInCell);
            var at = placeInCell[i];
            for (var k = Math.Max(0, at - NearestAlongX); k <= Math.Min(byX.Length - 1, at + NearestAlongX); k++)
            {
                var j = byX[k];
                if (j != i) Push(i, x[i] - x[j], y[i] - y[j], j, k2 * Math.Sqrt((degree[i] + 1.0) * (degree[j] + 1.0)));
            }
        }

        void Push(int i, double ox, double oy, int j, double strength)
        {
            var d2 = ox * ox + oy * oy;
            if (d2 > cell * cell) return;
            if (d2 < 0.01)
            {
                // Coincident: push apart along a direction fixed by the indices.
                ox = i < j ? 1 : -1;
                oy = 0.5;
                d2 = 1.25;
            }
            var push = strength / d2;
            dx[i] += ox * push;
            dy[i] += oy * push;
        }
    }

    /// <summary>The nodes in one grid cell, and their centre of mass weighted as repulsion weighs them.</summary>
    private sealed class Cell
    {
        private double _sumX, _sumY;

        private int[]? _byX;

        public List<int> Nodes { get; } = [];
        public double Weight { get; private set; }
        public (double X, double Y) Centre => (_sumX / Weight, _sumY / Weight);

        /// <summary>
        /// The nodes ordered by x (then index), computed once per step; each node's place in that order
        /// goes into <paramref name="place"/>. The first call writes, so it is made before the parallel pass.
        /// </summary>
        public int[] ByX(double[] x, int[] place)
        {
            if (_byX is null)
            {
                _byX = [.. Nodes];
                Array.Sort(_byX, (a, b) => x[a] != x[b] ? x[a].CompareTo(x[b]) : a.CompareTo(b));
                for (var k = 0; k < _byX.Length; k++) place[_byX[k]] = k;
            }
            return _byX;
        }

        public void Add(int node, double x, double y, double weight)
        {
            Nodes.Add(node);
            _sumX += x * weight;
            _sumY += y * weight;
            Weight += weight;
        }
    }

    private static void Attract((int From, int To)[] links, int[] degree, double[] x, double[] y, double[] dx, double[] dy)
    {
        foreach (var (from, to) in links)
        {
            var ox = x[to] - x[from];
            var oy = y[to] - y[from];
            var d = Math.Sqrt(ox * ox + oy * oy);
            var pull = d / Spacing;
            // The lighter end moves, the hub mostly stays: each side's pull is shared by its links.
            var fromShare = 1.0 / Math.Sqrt(degree[from]);
            var toShare = 1.0 / Math.Sqrt(degree[to]);
            dx[from] += ox * pull * fromShare;
            dy[from] += oy * pull * fromShare;
            dx[to] -= ox * pull * toShare;
            dy[to] -= oy * pull * toShare;
        }
        // Gravity towards the centre keeps small components from drifting off the screen.
        for (var i = 0; i < x.Length; i++)
        {
            dx[i] -= x[i] * 0.02;
            dy[i] -= y[i] * 0.02;
        }
    }

    private static void Move(double[] x, double[] y, double[] dx, double[] dy, double limit)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var d = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (d < 1e-9) continue;
            var scale = Math.Min(d, limit) / d;
            x[i] += dx[i] * scale;
            y[i] += dy[i] * scale;
        }
    }
}
