#!/usr/bin/python3
"""Reference-side helper for the differential suite: uses Debian's in-toto 1.3 and
securesystemslib (the reference implementation's own models and key functions).

  ref_tool.py keygen DIR NAME:TYPE ...           write DIR/NAME and DIR/NAME.pub (ed25519|ecdsa|rsa)
  ref_tool.py layouts JOBS.json                  sign layouts; each job:
      {"out": path, "layout": {...signed layout, keys as {"$pub": [path, type]} placeholders...},
       "sign": [[privpath, type], ...]}
     Step pubkeys given as {"$keyid": [path, type]} are replaced by the keyid.
"""
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
    raise SystemExit("unknown command " + cmd)


if __name__ == "__main__":
    main()
