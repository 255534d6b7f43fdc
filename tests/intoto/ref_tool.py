#!/usr/bin/python3
"""Reference-side helper for the differential suite: uses Debian's in-toto 1.3 and
securesystemslib (the reference implementation's own models and key functions).

  ref_tool.py keygen DIR NAME:TYPE ...           write DIR/NAME and DIR/NAME.pub (ed25519|ecdsa|rsa)
  ref_tool.py layouts JOBS.json                  sign layouts; each job:
      {"out": path, "layout": {...signed layout, keys as {"$pub": [path, type]} placeholders...},
       "sign": [[privpath, type], ...]}
     Step pubkeys given as {"$keyid": [path, type]} are replaced by the keyid.
  ref_tool.py ops OPS.json                       run a chain's operations in order:
      {"op": "run", "cwd", "name", "key": [path, type], "m": [...], "p": [...], "cmd": [...] | null}
        -> in_toto.runlib.in_toto_run (what in-toto-run calls), link written to cwd
      {"op": "copy", "from", "to"}  {"op": "rmlinks", "dir"}
  ref_tool.py verify JOBS.json                   verify scenarios with the body of
      in_toto.in_toto_verify.main (Metablock.load, import_publickeys_from_file,
      verifylib.in_toto_verify, exit 1 on any exception) in one process;
      job: {"cwd", "layout", "keys": [...], "types": [...]}; prints a JSON list of
      {"code", "error", "message"}.
"""
import logging
import os
import shutil
import json
import sys

from securesystemslib import interface
from in_toto.models.layout import Layout
from in_toto.models.metadata import Metablock


def load_pub(path, kt):
    return list(interface.import_publickeys_from_file([path], [kt]).values())[0]


def load_priv(path, kt):
    return interface.import_privatekey_from_file(path, key_type=kt)


def resolve(obj):
    if isinstance(obj, dict):
        if set(obj.keys()) == {"$keyid"}:
            return load_pub(*obj["$keyid"])["keyid"]
        return {k: resolve(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [resolve(v) for v in obj]
    return obj


def main():
    cmd = sys.argv[1]
    if cmd == "keygen":
        d = sys.argv[2]
        for spec in sys.argv[3:]:
            name, kt = spec.split(":")
            fn = {"ed25519": interface._generate_and_write_ed25519_keypair,
                  "ecdsa": interface._generate_and_write_ecdsa_keypair}.get(kt)
            if fn:
                fn(filepath=d + "/" + name)
            else:
                interface._generate_and_write_rsa_keypair(filepath=d + "/" + name, bits=2048)
        return
    if cmd == "layouts":
        jobs = json.load(open(sys.argv[2]))
        for job in jobs:
            data = job["layout"]
            keys = {}
            for path, kt in data.pop("$keys", []):
                k = load_pub(path, kt)
                keys[k["keyid"]] = k
            data = resolve(data)
            data["keys"] = keys
            data["_type"] = "layout"
            layout = Layout.read(data)
            mb = Metablock(signed=layout)
            for path, kt in job["sign"]:
                mb.sign(load_priv(path, kt))
            mb.dump(job["out"])
        return
    if cmd == "ops":
        from in_toto import runlib
        for op in json.load(open(sys.argv[2])):
            if op["op"] == "copy":
                shutil.copytree(op["from"], op["to"])
            elif op["op"] == "rmlinks":
                for f in os.listdir(op["dir"]):
                    if f.endswith(".link"):
                        os.remove(os.path.join(op["dir"], f))
            else:
                old = os.getcwd()
                os.chdir(op["cwd"])
                try:
                    runlib.in_toto_run(op["name"], op["m"], op["p"], op["cmd"] or [],
                        signing_key=load_priv(*op["key"]), metadata_directory=op["cwd"])
                finally:
                    os.chdir(old)
        return
    if cmd == "verify":
        from in_toto import verifylib
        logging.getLogger("in_toto").setLevel(logging.CRITICAL)
        out = []
        old = os.getcwd()
        for job in json.load(open(sys.argv[2])):
            os.chdir(job["cwd"])
            try:
                layout = Metablock.load(job["layout"])
                keys = interface.import_publickeys_from_file(job["keys"], job["types"])
                verifylib.in_toto_verify(layout, keys, ".")
                out.append({"code": 0, "error": "", "message": ""})
            except Exception as e:  # the CLI's behaviour: any exception is exit 1
                out.append({"code": 1, "error": type(e).__name__, "message": str(e)[:500]})
            finally:
                os.chdir(old)
        print(json.dumps(out))
        return
    raise SystemExit("unknown command " + cmd)


if __name__ == "__main__":
    main()
