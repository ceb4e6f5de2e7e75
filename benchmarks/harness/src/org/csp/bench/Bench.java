package org.csp.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The benchmark harness: one sub-command per step, run by benchmarks/run.sh against the local stack.
 * Every step appends its numbers to the run's raw CSV (--raw=FILE); "report" turns them into the table.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0) {
            System.err.println("usage: Bench <read|write|propagation|import|trend|contention|footprint-watch|footprint-memory|"
                    + "footprint-peak|footprint-alone|footprint-ceiling|bare-http|gen-csv|env|report> --name=value...  (see docs/benchmarks.md)");
            System.exit(64);
        }
        Args args = new Args(argv, 1);
        String jdbc = args.get("jdbc", Db.URL);
        String base = args.get("base", "http://127.0.0.1:8081");
        String issuer = args.get("issuer", "http://127.0.0.1:8079/token");
        switch (argv[0]) {
            case "read" -> new ReadBench(new Api(base, Api.token(issuer)), Raw.fromArgs(args), jdbc,
                    Path.of(args.get("script", "benchmarks/harness/report.lua")), args.integer("connections", 32),
                    args.integer("seconds", 10), args.integer("rounds", 1)).sweep(args.get("sweep", ""))
                    .warmUpUntilCompiled(args.has("pids") ? Footprint.readPids(Path.of(args.get("pids", ""))) : Map.of(),
                            args.integer("warm-up-max", 120)).run();
            case "write" -> new WriteBench(new Api(base, Api.token(issuer)), Raw.fromArgs(args), jdbc,
                    args.integer("clients", 8), args.integer("seconds", 10)).run();
            case "propagation" -> new PropagationBench(new Api(base, Api.token(issuer)), Raw.fromArgs(args), jdbc,
                    args.get("bootstrap", "127.0.0.1:19092"), args.integer("events", 10_000), args.integer("rate", 50)).run();
            case "import" -> ImportBench.run(args, Raw.fromArgs(args));
            case "trend" -> TrendBench.run(args, Raw.fromArgs(args));
            case "contention" -> ContentionBench.run(args, Raw.fromArgs(args));
            case "footprint-watch" -> Footprint.watchStart(args, Raw.fromArgs(args));
            case "footprint-memory" -> Footprint.memory(args, Raw.fromArgs(args));
            case "footprint-peak" -> Footprint.peak(args, Raw.fromArgs(args));
            case "footprint-alone" -> Footprint.alone(args, Raw.fromArgs(args));
            case "footprint-ceiling" -> Footprint.ceiling(args, Raw.fromArgs(args));
            case "bare-http" -> Footprint.bareHttp(args);
            case "gen-csv" -> ImportBench.generate(Path.of(args.required("out")), args.integer("rows", 1_000_000), 2019);
            case "env" -> {
                String[] load = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
                Raw raw = Raw.fromArgs(args);
                String label = args.get("label", "start");
                raw.put("env", "load_" + label + "_1m", Double.parseDouble(load[0]), "load", "5 min " + load[1] + "; 15 min " + load[2]);
            }
            case "report" -> Report.write(args);
            default -> {
                System.err.println("unknown step " + argv[0]);
                System.exit(64);
            }
        }
    }
}
