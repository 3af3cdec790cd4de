import json, subprocess, time, base64, sys, urllib.request, websocket, os
BASE, OUT, WIDTH, LANG, USER = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
port = 9400 + (WIDTH % 50) + (7 if LANG == 'ru' else 0)
prof = f"/tmp/chprof-path-{WIDTH}-{LANG}"
subprocess.run(["rm", "-rf", prof])
proc = subprocess.Popen(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-allow-origins=*",
    f"--remote-debugging-port={port}", f"--user-data-dir={prof}", f"--lang={LANG}", "about:blank"],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for _ in range(50):
    try:
        tabs = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json")); break
    except Exception: time.sleep(0.2)
tab = [t for t in tabs if t["type"] == "page"][0]
ws = websocket.create_connection(tab["webSocketDebuggerUrl"], timeout=120)
n = [0]
def cmd(method, **params):
    n[0] += 1; ws.send(json.dumps({"id": n[0], "method": method, "params": params}))
    while True:
        m = json.loads(ws.recv())
        if m.get("id") == n[0]: return m.get("result", m)
def js(expr):
    r = cmd("Runtime.evaluate", expression=expr, awaitPromise=True, returnByValue=True)
    return r.get("result", {}).get("value")
cmd("Emulation.setDeviceMetricsOverride", width=WIDTH, height=780, deviceScaleFactor=1, mobile=WIDTH < 600)
cmd("Emulation.setLocaleOverride", locale=LANG)
cmd("Network.enable"); cmd("Network.setExtraHTTPHeaders", headers={"Accept-Language": LANG})
step = [0]
def shot(name, selector=None):
    if selector:
        js(f"(() => {{ const e = document.querySelector('{selector}'); if (e) e.scrollIntoView({{block: 'start'}}); }})()")
        time.sleep(0.7)
    sw = js("document.documentElement.scrollWidth")
    step[0] += 1
    path = f"{OUT}/{LANG}-{WIDTH}-{step[0]:02d}-{name}.png"
    open(path, "wb").write(base64.b64decode(cmd("Page.captureScreenshot", format="png")["data"]))
    print(path, "page width", sw, "(sideways scroll)" if sw and sw > WIDTH else "")
def go(url, wait=5):
    cmd("Page.navigate", url=url); time.sleep(wait)
def click(selector, wait=2.5):
    ok = js(f"(() => {{ const e = document.querySelector('{selector}'); if (!e) return false; e.scrollIntoView({{block: 'center'}}); e.click(); return true; }})()")
    if not ok: print("missing", selector)
    time.sleep(wait)
def fill(selector, text):
    js(f"""(() => {{ const e = document.querySelector('{selector}'); if (!e) return false; e.scrollIntoView({{block: 'center'}});
      const i = e.inputElement || e; i.value = {json.dumps(text)}; i.dispatchEvent(new Event('input', {{bubbles: true}}));
      i.dispatchEvent(new Event('change', {{bubbles: true}})); return true; }})()""")
    time.sleep(0.8)
go(BASE + "/login")
js(f"""(() => {{ const u = document.querySelector('input[name=username]'); const p = document.querySelector('input[name=password]');
  for (const [e, v] of [[u, '{USER}'], [p, 'demo']]) {{ e.value = v; e.dispatchEvent(new Event('input', {{bubbles: true}})); e.dispatchEvent(new Event('change', {{bubbles: true}})); }}
  document.querySelector('vaadin-login-form vaadin-button, vaadin-button[slot=submit]').click(); }})()""")
time.sleep(6)
shot("home")
go(BASE + "/jury"); shot("invitation")
panel = js("(() => { const e = document.querySelector('[id^=accept-]'); return e ? e.id.substring(7) : null; })()")
print("panel", panel)
if panel:
    click(f"#accept-{panel}", 4); shot("accepted")
case = js("(() => { const a = [...document.querySelectorAll('a')].find(a => /learning\\/\\d+/.test(a.getAttribute('href') || '')); return a ? a.getAttribute('href').match(/learning\\/(\\d+)/)[1] : null; })()")
print("case", case)
if case:
    go(BASE + f"/learning/{case}"); shot("learning-top")
    js("window.scrollBy(0, 700)"); time.sleep(0.7); shot("learning-comparison")
    go(BASE + "/jury", 5)
shot("deliberation", "#deliberation-intro")
fill("#question-text", "Сколько зерна останется в резерве?" if LANG == "ru" else "How much wheat is left in reserve?")
shot("question-typed", "#question-text")
click("#question-ask", 3); shot("question-asked", "[id^=question-]")
click("#post-send", 2.5); shot("argument-wrong-input", "#post-send")
shot("table", "[id^=table]")
click("[id^=to-ballot-]", 2); shot("ballot")
js("(() => { const r = document.querySelector('#ballot-choice vaadin-radio-button'); if (r) { r.scrollIntoView({block:'center'}); r.click(); } })()"); time.sleep(1.5)
click("#cast-ballot", 2); shot("confirm")
click("#cast-confirm", 4); shot("receipt", "#receipt-box")
ws.close(); proc.terminate()
