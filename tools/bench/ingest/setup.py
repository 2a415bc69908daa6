"""Declares a tenant, its codecs, two feeds (TTS v3, ChirpStack v4) and N devices on a running hub, through the
public API only, and writes the simulator's plan. Usage: setup.py HUB_URL PLATFORM_TOKEN DEVICES PLAN_FILE"""
import json, os, sys, urllib.request

hub, platform, count, plan_file = sys.argv[1].rstrip('/'), sys.argv[2], int(sys.argv[3]), sys.argv[4]
here = os.path.dirname(os.path.abspath(__file__))

def call(method, path, token, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(hub + path, data=data, method=method,
                                     headers={'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json'})
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read() or b'null')

call('POST', '/api/tenants', platform, {'kind': 'syndicat', 'code': 'bench-syndicat', 'name': 'Syndicat de banc d\'essai'})
admin = call('POST', '/api/tokens', platform, {'tenant': 'bench-syndicat', 'name': 'bench', 'scopes': ['admin']})
token = admin.get('secret') or admin.get('token')
models = {'nwave/nps405': 'nwave-nps405', 'elsys/ers-co2': 'elsys-ers-co2', 'milesight-iot/em310-udl': 'milesight-em310-udl'}
for model, file in models.items():
    mapping = json.load(open(os.path.join(here, file + '.mapping.json')))
    call('POST', '/api/codecs', token, {'model': model, 'kind': 'builtin', 'mapping': mapping})
feeds = []
for kind in ('ttn-v3', 'chirpstack-v4'):
    feed = call('POST', '/api/feeds', token, {'name': 'bench ' + kind, 'kind': kind})
    feeds.append({'id': feed['id'], 'token': feed['token'], 'kind': kind, 'devices': []})
for index in range(count):
    model = list(models)[index % len(models)]
    dev_eui = '70B3D57E%08X' % (0xD0000000 + index)
    call('POST', '/api/devices', token, {
        'devEui': dev_eui, 'model': model,
        'thing': {'name': 'Objet %d' % index, 'description': 'banc d\'essai',
                  'location': {'type': 'Point', 'coordinates': [4.80 + (index % 100) / 1000, 45.70 + (index // 100) / 1000]}}})
    feeds[index % 2]['devices'].append({'devEui': dev_eui, 'model': model})
json.dump({'feeds': feeds}, open(plan_file, 'w'))
print('declared %d devices on 2 feeds' % count)
