"""Adds a non-interrupting Reminder and Deadline timer (with their service tasks, end events and diagram shapes) to
every user task of a BPMN file that lacks them. Usage: python3 docs/tools/add-task-deadlines.py processes/x.bpmn (idempotent: tasks that have them are left alone)"""
import re, sys

def timer(key, b, kind, name, cycle, method, task, task_name, delegate, done, done_name):
    """One of a task's two timers: the boundary event, the service task it leads to and its end event; and the flows."""
    tag = "timeCycle" if cycle else "timeDuration"
    elements = f'''    <bpmn:boundaryEvent id="Event_{b}{kind}" name="{name}" cancelActivity="false" attachedToRef="{key}">
      <bpmn:outgoing>Flow_To{task}{b}</bpmn:outgoing>
      <bpmn:timerEventDefinition id="TimerDef_{b}{kind}">
        <bpmn:{tag} xsi:type="bpmn:tFormalExpression">${{taskDeadlines.{method}('{key}')}}</bpmn:{tag}>
      </bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:serviceTask id="Task_{task}{b}" name="{task_name}" camunda:delegateExpression="${{{delegate}}}">
      <bpmn:incoming>Flow_To{task}{b}</bpmn:incoming>
      <bpmn:outgoing>Flow_{b}{done}</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:endEvent id="Event_{b}{done}" name="{done_name}">
      <bpmn:incoming>Flow_{b}{done}</bpmn:incoming>
    </bpmn:endEvent>
'''
    flows = f'''    <bpmn:sequenceFlow id="Flow_To{task}{b}" sourceRef="Event_{b}{kind}" targetRef="Task_{task}{b}"/>
    <bpmn:sequenceFlow id="Flow_{b}{done}" sourceRef="Task_{task}{b}" targetRef="Event_{b}{done}"/>
'''
    return elements, flows

def elements(key):
    b = key[5:] if key.startswith("Task_") else key
    reminder = timer(key, b, "Reminder", "Reminder", False, "reminder", "Remind", "Remind whoever holds the task",
                     "remindTaskDelegate", "Reminded", "Reminded")
    deadline = timer(key, b, "Deadline", "Deadline (again after each reassignment)", True, "deadline", "Reassign",
                     "Reassign to another person drawn by lot", "reassignTaskDelegate", "Reassigned", "Reassigned")
    return reminder[0] + deadline[0] + reminder[1] + deadline[1]

def shapes(key, x, y, w, h, up):
    b = key[5:] if key.startswith("Task_") else key
    s = -1 if up else 1
    edge_y = y if up else y + h          # the edge the boundary events sit on
    def yy(d, size=0):                   # a coordinate d below (or above) the edge, for a shape of height size
        return edge_y + d if not up else edge_y - d - size
    rx, dx = x + 25, x + 75               # centres of the two boundary events
    out = []
    def shape(el, bx, by, bw, bh, label=None):
        out.append(f'      <bpmndi:BPMNShape id="{el}_di" bpmnElement="{el}">\n        <dc:Bounds x="{bx}" y="{by}" width="{bw}" height="{bh}"/>\n'
                   + (f'        <bpmndi:BPMNLabel><dc:Bounds x="{label[0]}" y="{label[1]}" width="{label[2]}" height="14"/></bpmndi:BPMNLabel>\n' if label else '')
                   + '      </bpmndi:BPMNShape>')
    def edge(el, pts):
        out.append(f'      <bpmndi:BPMNEdge id="{el}_di" bpmnElement="{el}">\n'
                   + ''.join(f'        <di:waypoint x="{px}" y="{py}"/>\n' for px, py in pts) + '      </bpmndi:BPMNEdge>')
    shape(f"Event_{b}Reminder", rx - 18, edge_y - 18, 36, 36)
    shape(f"Event_{b}Deadline", dx - 18, edge_y - 18, 36, 36)
    shape(f"Task_Remind{b}", x - 40, yy(60, 50), 80, 50)
    shape(f"Task_Reassign{b}", x + 60, yy(60, 50), 80, 50)
    shape(f"Event_{b}Reminded", x - 18, yy(140, 36), 36, 36, (x - 30, yy(180, 14), 60))
    shape(f"Event_{b}Reassigned", x + 82, yy(140, 36), 36, 36, (x + 70, yy(180, 14), 60))
    edge(f"Flow_ToRemind{b}", [(rx, edge_y + 18 * s), (rx, yy(40)), (x, yy(40)), (x, yy(60))])
    edge(f"Flow_{b}Reminded", [(x, yy(110)), (x, yy(140))])
    edge(f"Flow_ToReassign{b}", [(dx, edge_y + 18 * s), (dx, yy(40)), (x + 100, yy(40)), (x + 100, yy(60))])
    edge(f"Flow_{b}Reassigned", [(x + 100, yy(110)), (x + 100, yy(140))])
    return "\n".join(out) + "\n"

path = sys.argv[1]
xml = open(path, encoding="utf-8").read()
if 'xmlns:xsi=' not in xml:
    xml = xml.replace('xmlns:camunda="http://camunda.org/schema/1.0/bpmn"',
                      'xmlns:camunda="http://camunda.org/schema/1.0/bpmn"\n                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"', 1)
for m in list(re.finditer(r'<bpmn:userTask id="([^"]+)"', xml)):
    key = m.group(1)
    if f'taskDeadlines.reminder(\'{key}\')' in xml:
        continue
    end = xml.index("</bpmn:userTask>", xml.index(f'<bpmn:userTask id="{key}"')) + len("</bpmn:userTask>\n")
    xml = xml[:end] + elements(key) + xml[end:]
    sm = re.search(r'(<bpmndi:BPMNShape id="[^"]*" bpmnElement="%s"[^>]*>\s*<dc:Bounds x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"/>\s*</bpmndi:BPMNShape>\n)' % key, xml)
    x, y, w, h = (int(sm.group(i)) for i in range(2, 6))
    # a task whose bottom edge already carries a boundary event gets its deadlines on the top edge
    attached = re.findall(r'<bpmn:boundaryEvent id="([^"]+)"[^>]*attachedToRef="%s"' % key, xml)
    up = False
    for a in attached:
        bm = re.search(r'bpmnElement="%s">\s*<dc:Bounds x="\d+" y="(\d+)"' % a, xml)
        if bm and int(bm.group(1)) > y + h / 2:
            up = True
    xml = xml[:sm.end()] + shapes(key, x, y, w, h, up) + xml[sm.end():]
open(path, "w", encoding="utf-8").write(xml)
print(path, "ok")
