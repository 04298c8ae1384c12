#!/usr/bin/env python3
"""Whole-process benchmarks of schema-verify, as users run it: `mvn schema-verify:<goal>`.

Every comparison is a pair (schema-verify against a reference such as `pg_dump --schema-only` of the same
database), run alternately in the same session, and printed as medians and as the median of the paired
ratios. Absolute times depend on the machine and its load; the ratios are the figures that matter.
See bench/README.md.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "bench"
REPO = WORK / "repo"
PROJECT = ROOT / "bench" / "project"
FLYWAY_PROJECT = ROOT / "bench" / "flyway-project"
MVNW = str(ROOT / "mvnw")
CORE = ROOT / "schema-verify-core"


def log(text):
    print(text, flush=True)


# ---- processes -----------------------------------------------------------------------------------------

class Run:
    def __init__(self, wall, cpu, rss_kib, code):
        self.wall, self.cpu, self.rss_kib, self.code = wall, cpu, rss_kib, code


def run(command, cwd=None, env=None, output=None, check=True, shell=False):
    """Runs one process; wall time, CPU (user+sys of it and its children) and peak RSS from wait4."""
    with open(output or os.devnull, "w") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, shell=shell)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if check and process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {command if shell else ' '.join(command)}"
                         + (f"; see {output}" if output else ""))
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, process.returncode)


def mvn(*args, cwd=PROJECT):
    return [MVNW, "-B", "-o", f"-Dmaven.repo.local={REPO}", *args]


class Server:
    def __init__(self, args):
        self.bin = Path(args.pg_bin)
        self.port = args.port
        self.host = "localhost"
        self.data = WORK / "pg" / "data"
        self.started = False

    def psql(self, database, sql):
        return subprocess.run([str(self.bin / "psql"), "-h", self.host, "-p", str(self.port), "-U", "postgres",
                               "-d", database, "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", sql],
                              check=True, capture_output=True, text=True).stdout.strip()

    def running(self):
        return subprocess.run([str(self.bin / "pg_isready"), "-h", self.host, "-p", str(self.port)],
                              capture_output=True).returncode == 0

    def as_postgres(self, command):
        # initdb refuses to run as root; a throwaway cluster then belongs to the postgres user.
        return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command

    def start(self):
        if self.running():
            log(f"server: using the PostgreSQL already on port {self.port}")
            return
        if not self.data.exists():
            self.data.parent.mkdir(parents=True, exist_ok=True)
            if os.geteuid() == 0:
                shutil.chown(self.data.parent, "postgres")
            subprocess.run(self.as_postgres([str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres",
                                             "-A", "trust"]), check=True, stdout=subprocess.DEVNULL)
        subprocess.run(self.as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-l",
                                         str(self.data.parent / "server.log"), "-w", "-o",
                                         f"-p {self.port} -k {self.data.parent} -c synchronous_commit=off",
                                         "start"]), check=True, stdout=subprocess.DEVNULL)
        self.started = True
        log(f"server: started {self.data} on port {self.port}")

    def stop(self):
        if self.started:
            subprocess.run(self.as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop"]),
                           check=True, stdout=subprocess.DEVNULL)

    def url(self, database):
        return f"jdbc:postgresql://{self.host}:{self.port}/{database}"

    def exists(self, database):
        return self.psql("postgres", f"select count(*) from pg_database where datname = '{database}'") == "1"

    def recreate(self, database):
        self.psql("postgres", f"drop database if exists {database}")
        self.psql("postgres", f"create database {database} template template0")

    def pg_dump(self, database, file):
        return [str(self.bin / "pg_dump"), "--schema-only", "-h", self.host, "-p", str(self.port), "-U", "postgres",
                "-f", str(file), database]


# ---- preparation ---------------------------------------------------------------------------------------

def build(args):
    if not REPO.exists():
        log(f"seeding the throwaway local repository {REPO} from ~/.m2/repository")
        shutil.copytree(Path.home() / ".m2" / "repository", REPO, symlinks=True)
    if args.no_build:
        return
    log("building the plugin into the throwaway repository (never ~/.m2)")
    offline = [] if args.online else ["-o"]
    subprocess.run([MVNW, "-B", "-q", *offline, f"-Dmaven.repo.local={REPO}", "-pl",
                    ".,schema-verify-core,schema-verify-maven-plugin", "install", "-DskipTests",
                    "-Dinvoker.skip=true"], cwd=ROOT, check=True)
    subprocess.run([MVNW, "-B", "-q", *offline, f"-Dmaven.repo.local={REPO}", "-pl", "schema-verify-core",
                    "test-compile", "dependency:build-classpath", f"-Dmdep.outputFile={WORK / 'test.classpath'}",
                    "-Dmdep.includeScope=test"], cwd=ROOT, check=True)


def java(main, *args):
    classpath = ":".join([str(CORE / "target" / "test-classes"), str(CORE / "target" / "classes"),
                          (WORK / "test.classpath").read_text().strip()])
    return ["java", "-cp", classpath, f"dev.schemaverify.bench.{main}", *args]


def database(server, name, tables):
    """A database holding the synthetic schema of `tables` tables, generated once and then reused."""
    if server.exists(name) and server.psql(name, "select coalesce(shobj_description(oid, 'pg_database'), '')"
                                                 " from pg_database where datname = current_database()") \
            == f"schema-verify bench {tables}":
        return name
    log(f"generating {name} ({tables} tables)...")
    server.recreate(name)
    if tables:
        subprocess.run(java("GenerateSchema", server.url(name), str(tables)), check=True)
    server.psql(name, f"comment on database {name} is 'schema-verify bench {tables}'")
    return name


def history(folder, count, down):
    """`count` small migrations: a table each, a foreign key to the one before, an index, a column added
    to an earlier table every fifth; with `down`, a rollback for each (`NNN_x.up.sql`/`.down.sql`)."""
    if folder.exists():
        return folder
    folder.mkdir(parents=True)
    for i in range(1, count + 1):
        up = [f"create table m{i:04d} (id bigint generated by default as identity primary key,"
              f" name text not null, amount numeric(12,2) not null default 0,"
              f" created_at timestamptz not null default now()"
              + (f", parent_id bigint references m{i - 1:04d} (id)" if i > 1 else "") + ");",
              f"create index m{i:04d}_created_idx on m{i:04d} (created_at);"]
        down_sql = [f"drop table m{i:04d};"]
        if i % 5 == 0:
            up.append(f"alter table m{i - 4:04d} add column note_{i} text;")
            down_sql.insert(0, f"alter table m{i - 4:04d} drop column note_{i};")
        if down:
            (folder / f"{i:04d}_m{i}.up.sql").write_text("\n".join(up) + "\n")
            (folder / f"{i:04d}_m{i}.down.sql").write_text("\n".join(down_sql) + "\n")
        else:
            (folder / f"V{i}__m{i}.sql").write_text("\n".join(up) + "\n")
    return folder


# ---- pairs ---------------------------------------------------------------------------------------------

RESULTS = []


def pair(title, a_name, a, b_name, b, runs, before=None, target=None):
    """Runs a and b alternately `runs` times each (a b, b a, a b, ...); prints medians and ratios."""
    log(f"\n== {title}")
    a_runs, b_runs = [], []
    for i in range(runs):
        order = [(a, a_runs, a_name), (b, b_runs, b_name)]
        if i % 2:
            order.reverse()
        for command, into, name in order:
            if before:
                before()
            result = command()
            into.append(result)
            log(f"  run {i + 1}/{runs} {name}: {result.wall:.2f} s wall, {result.cpu:.2f} s CPU,"
                f" {result.rss_kib / 1024:.0f} MiB peak RSS")
    am = statistics.median(r.wall for r in a_runs)
    bm = statistics.median(r.wall for r in b_runs)
    paired = statistics.median(x.wall / y.wall for x, y in zip(a_runs, b_runs))
    cpu = statistics.median(r.cpu for r in a_runs) / max(1e-9, statistics.median(r.cpu for r in b_runs))
    rss = max(r.rss_kib for r in a_runs) / 1024
    line = (f"{title}: {a_name} {am:.2f} s / {b_name} {bm:.2f} s = {am / bm:.2f}x (median of paired ratios"
            f" {paired:.2f}x; CPU {cpu:.1f}x; {a_name} peak RSS {rss:.0f} MiB)"
            + (f"; target {target}" if target else ""))
    log(line)
    RESULTS.append(line)
    return am, bm


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pg-bin", default="/usr/lib/postgresql/15/bin", help="PostgreSQL binaries (pg_dump, initdb)")
    parser.add_argument("--port", type=int, default=55610, help="port of the benchmark server (started if down)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each side of a pair")
    parser.add_argument("--sizes", default="1000,5000", help="table counts for inspect and verify")
    parser.add_argument("--only", default="fixed,inspect,verify,read,diff,rollback,migrate,quickstart",
                        help="comma-separated pairs to run")
    parser.add_argument("--no-build", action="store_true", help="reuse the plugin already in target/bench/repo")
    parser.add_argument("--online", action="store_true", help="let Maven download (first Flyway run)")
    parser.add_argument("--keep-server", action="store_true", help="leave a server this script started running")
    args = parser.parse_args()
    only = set(args.only.split(","))
    sizes = [int(s) for s in args.sizes.split(",")]
    WORK.mkdir(parents=True, exist_ok=True)
    build(args)
    server = Server(args)
    server.start()
    logs = WORK / "logs"
    logs.mkdir(exist_ok=True)
    user = ["-Dschema-verify.user=postgres"]
    try:
        log(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
            + server.psql("postgres", "select version()"))
        if "fixed" in only:
            empty = database(server, "sv_bench_empty", 0)
            pair("fixed cost: inspect of an empty database against mvn validate",
                 "inspect", lambda: run(mvn("schema-verify:inspect", f"-Dschema-verify.url={server.url(empty)}",
                                            *user), cwd=PROJECT, output=logs / "inspect-empty.log"),
                 "validate", lambda: run(mvn("validate"), cwd=PROJECT, output=logs / "validate.log"),
                 args.runs, target="inspect <= validate + 0.5 s")
        for n in (sizes if only & {"inspect", "verify", "read"} else []):
            db = database(server, f"sv_bench_{n}", n)
            contract = WORK / f"s{n}.yaml"
            inspect = lambda: run(mvn("schema-verify:inspect", f"-Dschema-verify.url={server.url(db)}", *user,
                                      f"-Dschema-verify.output={contract}"), cwd=PROJECT,
                                  output=logs / f"inspect-{n}.log")
            dump = lambda: run(server.pg_dump(db, WORK / f"dump-{n}.sql"))
            if "inspect" in only or not contract.exists():
                pair(f"inspect {n} tables against pg_dump --schema-only", "inspect", inspect, "pg_dump", dump,
                     args.runs if "inspect" in only else 1,
                     target="<= 1.0x at 5,000 (RSS <= 400 MB), <= 1.5x at 1,000")
            if "verify" in only:
                pair(f"verify (strict) {n} tables against pg_dump --schema-only", "verify",
                     lambda: run(mvn("schema-verify:verify", f"-Dschema-verify.url={server.url(db)}", *user,
                                     f"-Dschema-verify.contract={contract}", "-Dschema-verify.strict=true"),
                                 cwd=PROJECT, output=logs / f"verify-{n}.log"),
                     "pg_dump", dump, args.runs, target="<= 2x")
            if "read" in only:
                log(f"\n== reading the {n}-table contract")
                out = subprocess.run(java("ReadContract", str(contract)), check=True, capture_output=True, text=True)
                log("  " + out.stdout.strip())
                RESULTS.append(out.stdout.strip() + "; target: well under a second at 5,000")
        if "diff" in only:
            a = database(server, "sv_bench_1000", 1000)
            b = database(server, "sv_bench_1000b", 1000)
            pair("diff of two 1,000-table databases against two pg_dumps and diff", "diff",
                 lambda: run(mvn("schema-verify:diff", f"-Dschema-verify.url={server.url(a)}", *user,
                                 f"-Dschema-verify.referenceUrl={server.url(b)}?user=postgres", "-Dschema-verify.against=reference"),
                             cwd=PROJECT, output=logs / "diff.log"),
                 "pg_dump x2 + diff",
                 lambda: run(" ".join(server.pg_dump(a, WORK / "a.sql")) + " && " + " ".join(
                     server.pg_dump(b, WORK / "b.sql")) + f" && diff {WORK / 'a.sql'} {WORK / 'b.sql'} > /dev/null",
                             shell=True, check=False),
                 args.runs, target="<= 2x")
        if "rollback" in only:
            diesel = ROOT / "src" / "it" / "rollback-check-folder-per-migration" / "src" / "main" / "resources" / "db" / "migration"
            for name, folder, ups in [
                    ("22-migration example", ROOT / "examples" / "multitenant" / "src" / "main" / "resources" / "db"
                     / "migration", None),
                    # four of its downs are broken on purpose: the build fails, every migration is still checked
                    ("33-migration folder-per-migration history", diesel, sorted(str(p) for p in diesel.glob("*/up.sql"))),
                    ("200-migration history", history(WORK / "history200", 200, True), None)]:
                ups = ups or sorted(str(p) for p in folder.iterdir() if p.name.endswith(".up.sql"))
                scratch = "sv_bench_apply"
                check, apply = pair(f"rollback-check of the {name} against applying it once with psql", "rollback-check",
                     lambda: run(mvn("schema-verify:rollback-check", f"-Dschema-verify.migrations={folder}",
                                     f"-Dschema-verify.shadowUrl={server.url('postgres')}?user=postgres"),
                                 cwd=PROJECT, check=folder != diesel,
                                 output=logs / f"rollback-{len(ups)}.log"),
                     "psql apply",
                     lambda: run([str(server.bin / "psql"), "-h", server.host, "-p", str(server.port), "-U",
                                  "postgres", "-d", scratch, "-qX", "-v", "ON_ERROR_STOP=1",
                                  *sum((["-f", u] for u in ups), [])]),
                     args.runs, before=lambda: server.recreate(scratch),
                     target="per migration <= 3x applying once (subtract the fixed cost)")
                line = (f"rollback-check of the {name}: {check * 1000 / len(ups):.0f} ms per migration whole process"
                        f" ({len(ups)} migrations), psql apply {apply * 1000 / len(ups):.0f} ms per migration")
                log(line)
                RESULTS.append(line)
        if "migrate" in only:
            folder = history(WORK / "m500", 500, False)
            target_db = "sv_bench_migrate"
            files = sorted(folder.iterdir(), key=lambda p: int(p.name[1:].split("__")[0]))
            sv = lambda: run(mvn("schema-verify:migrate", f"-Dschema-verify.url={server.url(target_db)}", *user,
                                 f"-Dschema-verify.migrations={folder}"), cwd=PROJECT, output=logs / "migrate.log")
            flyway = lambda: run(mvn("flyway:migrate", f"-Dflyway.url={server.url(target_db)}", "-Dflyway.user=postgres",
                                     f"-Dflyway.locations=filesystem:{folder}"), cwd=FLYWAY_PROJECT,
                                 output=logs / "flyway.log")
            psql = lambda: run("cat " + " ".join(str(f) for f in files) + f" | {server.bin / 'psql'} -h {server.host}"
                               f" -p {server.port} -U postgres -d {target_db} -qX -v ON_ERROR_STOP=1 > /dev/null",
                               shell=True)
            reset = lambda: server.recreate(target_db)
            if args.online:
                # the timed runs are offline, like every other; the first one fetches Flyway's plugin here
                reset()
                subprocess.run([MVNW, "-B", "-q", f"-Dmaven.repo.local={REPO}", "flyway:info",
                                f"-Dflyway.url={server.url(target_db)}", "-Dflyway.user=postgres"],
                               cwd=FLYWAY_PROJECT, check=True, stdout=subprocess.DEVNULL)
            pair("migrate 500 small migrations against Flyway", "schema-verify", sv, "flyway", flyway, args.runs,
                 before=reset, target="<= 0.5x")
            pair("migrate 500 small migrations against cat *.sql | psql", "schema-verify", sv, "psql", psql,
                 args.runs, before=reset, target="the floor, about 0.2x of Flyway")
        if "quickstart" in only:
            quickstart = ROOT / "examples" / "quickstart"
            out = subprocess.run(java("StartEmbedded"), check=True, capture_output=True, text=True).stdout.strip()
            log("\n" + out)
            RESULTS.append(out)
            pair("quickstart mvn verify (plugin warm) against mvn validate", "verify",
                 lambda: run(mvn("verify"), cwd=quickstart,
                             output=logs / "quickstart-verify.log"),
                 "validate", lambda: run(mvn("validate"), cwd=quickstart, output=logs / "quickstart-validate.log"),
                 args.runs, target="verify <= validate + embedded start + 2 s")
    finally:
        if not args.keep_server:
            server.stop()
    log("\n== summary")
    for line in RESULTS:
        log(line)


if __name__ == "__main__":
    main()
