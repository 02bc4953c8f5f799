<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="45"/>
        <source>Supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="46"/>
        <source>&lt;b&gt;A supervisor must approve this.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="50"/>
        <source>Supervisor: scan your badge, or type your PIN and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="52"/>
        <source>Supervisor PIN, or scan a supervisor badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="53"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="56"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoxesPanel</name>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="48"/>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="53"/>
        <source>Preset for the next new box (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="62"/>
        <source>New box: Ctrl+B or scan NEW BOX · type a box&apos;s weight: F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="76"/>
        <source>No preset (type the sides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="138"/>
        <source>There is no box {n} to weigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="188"/>
        <source>Box {n} weighs {kg} kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="211"/>
        <source>Box {n}: sides saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarrierPanel</name>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="18"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="43"/>
        <source>No order open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="51"/>
        <source>Fetching rates from every carrier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="53"/>
        <source>Updating rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="56"/>
        <source>No rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="58"/>
        <location filename="../../ui/pack/carrier_panel.py" line="80"/>
        <source>Ctrl+R fetches the rates again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="65"/>
        <source>No carrier fits this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="82"/>
        <source>Change carrier: Alt+1…9 or scan CARRIER-n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="84"/>
        <source>Changing the carrier is turned off at this station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletionFlow</name>
    <message>
        <location filename="../../ui/pack/completion.py" line="102"/>
        <source>{n} is being shipped — wait for its label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="103"/>
        <source>Shipping {n} failed — retry (F5), change carrier (F6) or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="117"/>
        <source>Carrier not changed: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="137"/>
        <source>Cannot complete {n} yet: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="153"/>
        <source>{p} picks the carrier when booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="160"/>
        <source>Waiting for rates — shipping as soon as they arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="162"/>
        <source>No carrier fits: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="164"/>
        <source>No rates yet — press Ctrl+R to fetch them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="183"/>
        <source>Shipping {n} with {c}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="201"/>
        <source>Shipping {n} failed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="218"/>
        <source>Choose another carrier (Alt+1…9 or scan CARRIER-n), then complete again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="245"/>
        <source>Cannot ship: {m}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <location filename="../../ui/signin/credential_dialog.py" line="38"/>
        <source>PIN, or scan your badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/credential_dialog.py" line="63"/>
        <source>Type your PIN, or scan your badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/credential_dialog.py" line="76"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../ui/models/figures_model.py" line="70"/>
        <source>Operator id {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="104"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="105"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="106"/>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="119"/>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="122"/>
        <source>Export CSV… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="148"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="163"/>
        <source>&lt;b&gt;Per operator&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="165"/>
        <source>&lt;b&gt;Per hour&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="167"/>
        <source>&lt;b&gt;Failures by kind&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="205"/>
        <source>Reading the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="226"/>
        <source>{0} to {1}: {2} orders packed, {3} units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="234"/>
        <source>Last scan to label printed: median {0}, 90th percentile {1} ({2} orders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="239"/>
        <source>Last scan to label printed: no labels printed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="242"/>
        <source>No failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="243"/>
        <source>Updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="248"/>
        <source>Scan errors: no scans in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="250"/>
        <source>Scan errors: {0} of {1} scans ({2}) — within the {3} target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="256"/>
        <source>Scan errors: {0} of {1} scans ({2}) — above the {3} target: check labels and barcodes with the packers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="265"/>
        <source>Could not read the figures: {0} Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="274"/>
        <source>Nothing to export yet: press F5 to read the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="280"/>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="284"/>
        <source>Exported to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="286"/>
        <source>Could not write {0}: {1} Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="61"/>
        <source>Select all for carrier (Ctrl+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="62"/>
        <source>Print report (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="63"/>
        <source>Hand over (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="70"/>
        <source>Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="108"/>
        <source>Nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="118"/>
        <source>Nothing is waiting for a handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="132"/>
        <source>All {n} {c} packages are on the handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="139"/>
        <source>{title} printed; ask the driver to sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="153"/>
        <source>{n} {c} packages handed over; Shipped is on its way to the OMS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="105"/>
        <location filename="../../ui/printing/label_preview.py" line="158"/>
        <source>No document selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="144"/>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="175"/>
        <source>Cannot show or print this document: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="195"/>
        <source>ZPL is shown as text: it cannot be drawn here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="197"/>
        <source>first {0} pages shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="199"/>
        <source>no printer media set to check against</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualConfirmer</name>
    <message>
        <location filename="../../ui/pack/manual_confirm.py" line="39"/>
        <source>Manual confirmation of {u} × {name} on {n}: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_confirm.py" line="42"/>
        <source>Waiting for a supervisor to approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_confirm.py" line="47"/>
        <source>Manual confirmation refused — no supervisor approved; nothing counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualPanel</name>
    <message>
        <location filename="../../ui/pack/manual_panel.py" line="28"/>
        <source>Type instead of scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_panel.py" line="31"/>
        <source>Type a damaged barcode and press Enter (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_panel.py" line="38"/>
        <source>Confirm selected line manually (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_panel.py" line="46"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_panel.py" line="47"/>
        <source>Units, reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsStuckPanel</name>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="45"/>
        <source>Reason (required to discard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="46"/>
        <source>Retry selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="47"/>
        <source>Retry all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="48"/>
        <source>Discard selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="49"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/oms_panel.py" line="80"/>
        <source>%n OMS command(s) need a supervisor.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="83"/>
        <source>Every OMS command was accepted or is still on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="93"/>
        <source>Choose a stuck OMS command first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorIndicator</name>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="32"/>
        <source>Switch operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="37"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="46"/>
        <source>Switch operator ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="60"/>
        <source>Station operator (no sign-in set up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="63"/>
        <source>No operators are configured: everyone acts as Station operator and may do everything. Add operators to require sign-in and supervisor approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="68"/>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="71"/>
        <source>Signed in: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="72"/>
        <source>Operator id {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderQueueModel</name>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="52"/>
        <source>Order no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="53"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="54"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="55"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="56"/>
        <source>Lines / units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="57"/>
        <source>COD amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="58"/>
        <source>Suggested carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="59"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="134"/>
        <source>prepaid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="169"/>
        <source>Left {n} without shipping — scan the next order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="233"/>
        <source>{n} is already open — keep scanning its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="234"/>
        <source>Scanned order {c} — finish or cancel {n} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="61"/>
        <source>Reprinting the last label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="67"/>
        <source>Scanned {c} — no order is open; scan an order barcode to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="81"/>
        <source>QTY: scan a number (1–999), then the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="125"/>
        <source>Leave {n} without shipping? Scan CANCEL again or press Enter; any other scan keeps packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="101"/>
        <source>QTY {q}: the next item scan counts {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="253"/>
        <source>Box {n}{p} is now current — scan its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="286"/>
        <source>Open an order and select a line to confirm first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="289"/>
        <source>Type a reason for the audit log first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="338"/>
        <source>{n} packed and its label printed — scan the next order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="83"/>
        <source>Complete (Enter / F12 / scan COMPLETE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="113"/>
        <source>No order open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="133"/>
        <source>Ready to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="135"/>
        <source>Not ready: {r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterTestPanel</name>
    <message>
        <location filename="../../ui/printing/test_print.py" line="56"/>
        <location filename="../../ui/printing/test_print.py" line="85"/>
        <source>Label printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="56"/>
        <location filename="../../ui/printing/test_print.py" line="85"/>
        <source>Slip printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="59"/>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="62"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="64"/>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="96"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="107"/>
        <source>Printing a test page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="124"/>
        <source>Test page printed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="39"/>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="59"/>
        <source>Shipping {ref}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="79"/>
        <source>Shipping stopped without saying why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="174"/>
        <source>Filter: order no, customer, city or SKU  (Ctrl+F or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="177"/>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="179"/>
        <source>Not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="262"/>
        <source>Last updated {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="275"/>
        <source>{shown} of {total} orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="277"/>
        <source>{total} orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refresher</name>
    <message>
        <location filename="../../ui/refresh.py" line="100"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/refresh.py" line="104"/>
        <source>Offline — retrying in {seconds} s: {error} Press F5 to retry now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReprintPage</name>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="123"/>
        <source>Order number, AWB or shipment id — Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="126"/>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="129"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="135"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="175"/>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="180"/>
        <source>More words (required for Other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="181"/>
        <source>Reprint (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="184"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="188"/>
        <source>Search by order number or AWB, or by dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="197"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="225"/>
        <source>Type an order number or AWB, or tick Dates to search by day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="227"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="239"/>
        <source>those dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="242"/>
        <source>Nothing archived matches {0} (order number, AWB and shipment id must match exactly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="248"/>
        <source>{0} document(s) found. Select one and press Ctrl+P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="279"/>
        <source>Never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="285"/>
        <source>Select a document to reprint first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="295"/>
        <source>Reprinting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="315"/>
        <source>Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="338"/>
        <source>Reprinted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="61"/>
        <source>Scan or type the AWB or order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="63"/>
        <location filename="../../ui/pages/returns_page.py" line="238"/>
        <source>Scan the AWB or the order barcode of the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="76"/>
        <source>Create return (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="78"/>
        <source>New return (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="87"/>
        <source>Reason (Alt+1…9):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="129"/>
        <source>Looking up {code}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="142"/>
        <source>No shipment found for {code}. Check the number on the parcel or the customer&apos;s receipt, or search by order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="156"/>
        <source>Order {number} · {provider} shipment {sid} · AWB {awb}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="161"/>
        <source> ({n} more found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="165"/>
        <source>Scan each item coming back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="188"/>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="189"/>
        <source>Scan an item first, then choose its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="193"/>
        <source>Scan the parcel&apos;s AWB or order barcode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="199"/>
        <source>Creating the return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="218"/>
        <source>Return {rid} booked; label and receipt printed. Hand the receipt to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="152"/>
        <source>%n setting(s) need attention before saving.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="162"/>
        <source>Credentials could not be saved; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>Open settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="49"/>
        <location filename="../../ui/signin/signin_dialog.py" line="74"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="49"/>
        <source>Switch operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="53"/>
        <source>Anyone — a PIN alone is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="58"/>
        <source>{0} ({1}) — recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="64"/>
        <source>Scan your badge, or type your PIN and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="66"/>
        <source>Next operator: scan your badge, or type your PIN and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="78"/>
        <source>Quit Packstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="78"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="85"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="86"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationUi</name>
    <message>
        <location filename="../../ui/compose.py" line="224"/>
        <source>OMS commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="77"/>
        <source>Scan or type an AWB, order or shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="79"/>
        <source>Why (required for every action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="80"/>
        <source>Shipment id the provider shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="81"/>
        <source>I checked: the provider has no shipment for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="86"/>
        <source>Cancel shipment (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="87"/>
        <source>Track (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="88"/>
        <source>DS retry (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="89"/>
        <source>Look up (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="90"/>
        <source>Mark created (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="91"/>
        <source>Create again (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="92"/>
        <source>Release order (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="114"/>
        <source>Shipment id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="126"/>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="127"/>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="128"/>
        <source>Open jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="131"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="150"/>
        <source>Looking up {code}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="154"/>
        <source>No shipment found for {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="158"/>
        <source>{n} shipment(s) found for {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="166"/>
        <source>Select a row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="175"/>
        <source>Shipment {sid} cancelled (approved by {who}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="185"/>
        <source>{sid}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="195"/>
        <source>Delivery Solutions placed {sid} again: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="206"/>
        <source>{p} has no shipment for {n}: you may create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="210"/>
        <source>{p} has shipment {sid} for {n}: mark it created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="222"/>
        <source>{n} recorded as created: {sid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="232"/>
        <source>{n} created again: {sid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="241"/>
        <source>Order {n} released (approved by {who}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="65"/>
        <source>Export station figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="65"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/tools_menu.py" line="88"/>
        <source>Scanner command sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="92"/>
        <source>Training sheet of demo orders (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
