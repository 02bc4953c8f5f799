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
    <name>ArchiveModel</name>
    <message>
        <location filename="../../ui/models/archive_model.py" line="25"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="26"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="27"/>
        <source>Order no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="28"/>
        <source>AWB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="29"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="30"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="31"/>
        <source>Prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="32"/>
        <source>Last printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackendStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="36"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="37"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="38"/>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="39"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="40"/>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="41"/>
        <source>not set up</source>
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
        <location filename="../../ui/pack/boxes_panel.py" line="104"/>
        <source>1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="104"/>
        <source>{n} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="139"/>
        <source>There is no box {n} to weigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="189"/>
        <source>Box {n} weighs {kg} kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="212"/>
        <source>Box {n}: sides saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarrierPanel</name>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="19"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="44"/>
        <source>No order open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="52"/>
        <source>Fetching rates from every carrier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="54"/>
        <source>Updating rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="57"/>
        <source>No rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="59"/>
        <location filename="../../ui/pack/carrier_panel.py" line="79"/>
        <source>Ctrl+R fetches the rates again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="66"/>
        <source>No carrier fits this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="82"/>
        <source>Change carrier: Alt+1…9, or scan &apos;Carrier option n&apos; (CMD:CARRIER:n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="85"/>
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
        <location filename="../../ui/pack/completion.py" line="219"/>
        <source>Choose another carrier (Alt+1…9 or scan CMD:CARRIER:n), then complete again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="247"/>
        <source>Cannot ship: {m}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <location filename="../../ui/signin/credential_dialog.py" line="39"/>
        <source>PIN, or scan your badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/credential_dialog.py" line="64"/>
        <source>Type your PIN, or scan your badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/credential_dialog.py" line="85"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../ui/demo_banner.py" line="30"/>
        <source>Open print folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_banner.py" line="41"/>
        <source>Demo ({profile}): sandbox at {address} — prints go to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_banner.py" line="55"/>
        <source>No file manager could open it; the prints are in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresHourlyModel</name>
    <message>
        <location filename="../../ui/models/figures_hourly_model.py" line="20"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_hourly_model.py" line="21"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_hourly_model.py" line="22"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_hourly_model.py" line="23"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../ui/models/figures_model.py" line="18"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="19"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="20"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="21"/>
        <source>Active hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="22"/>
        <source>Orders / hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="23"/>
        <source>Units / hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="24"/>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="25"/>
        <source>Scan errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="26"/>
        <source>Scan error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="71"/>
        <source>Operator id {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="66"/>
        <source>Export station figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="68"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="107"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="108"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="109"/>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="122"/>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="125"/>
        <source>Export CSV… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="151"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="166"/>
        <source>&lt;b&gt;Per operator&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="168"/>
        <source>&lt;b&gt;Per hour&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="170"/>
        <source>&lt;b&gt;Failures by kind&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="208"/>
        <source>Reading the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="229"/>
        <source>{0} to {1}: {2} orders packed, {3} units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="237"/>
        <source>Last scan to label printed: median {0}, 90th percentile {1} ({2} orders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="242"/>
        <source>Last scan to label printed: no labels printed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="245"/>
        <source>No failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="246"/>
        <source>Updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="251"/>
        <source>Scan errors: no scans in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="253"/>
        <source>Scan errors: {0} of {1} scans ({2}) — within the {3} target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="259"/>
        <source>Scan errors: {0} of {1} scans ({2}) — above the {3} target: check labels and barcodes with the packers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="268"/>
        <source>Could not read the figures: {0} Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="277"/>
        <source>Nothing to export yet: press F5 to read the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="283"/>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="287"/>
        <source>Exported to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="289"/>
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
    <name>LinesModel</name>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="27"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="29"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="30"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="31"/>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="32"/>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="33"/>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Signed out. Sign in to see the orders and the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Quit Packstation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Quit anyway? Scans made so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="78"/>
        <source>Not connected: {reason}
Open Settings (Ctrl+,) to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="84"/>
        <location filename="../../ui/main_window.py" line="33"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="85"/>
        <source>Orders ready for packing appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="88"/>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="89"/>
        <source>Scan an order barcode to start packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="92"/>
        <location filename="../../ui/main_window.py" line="35"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="93"/>
        <source>Scan an AWB or order barcode to take a return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="96"/>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="97"/>
        <source>Find a printed label or slip to reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="139"/>
        <source>Settings saved. Restart Packstation to reconnect with the new settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="66"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="85"/>
        <source>The queue is empty: refresh it (F5) before printing a training sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="94"/>
        <source>Scanner command sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="100"/>
        <source>Training sheet of demo orders (PDF)…</source>
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
        <location filename="../../ui/models/order_queue_model.py" line="122"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="122"/>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="122"/>
        <source>d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="140"/>
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
    <message>
        <location filename="../../ui/app.py" line="199"/>
        <source>A shipment is being created right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="204"/>
        <source>Order {number} is open: {done} of {total} units scanned.</source>
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
    <message>
        <location filename="../../ui/pack/pack_view.py" line="141"/>
        <source>COD {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="145"/>
        <source>prepaid</source>
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
        <location filename="../../ui/pages/queue_page.py" line="187"/>
        <source>Filter: order no, customer, city or SKU  (Ctrl+F or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="190"/>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="192"/>
        <source>Not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="276"/>
        <source>Last updated {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="289"/>
        <source>{shown} of {total} orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="291"/>
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
        <location filename="../../ui/pages/reprint_page.py" line="130"/>
        <source>Order number, AWB or shipment id — Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="133"/>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="136"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="142"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="182"/>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="187"/>
        <source>More words (required for Other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="188"/>
        <source>Reprint (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="191"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="195"/>
        <source>Search by order number or AWB, or by dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="204"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="232"/>
        <source>Type an order number or AWB, or tick Dates to search by day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="234"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="246"/>
        <source>those dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="249"/>
        <source>Nothing archived matches {0} (order number, AWB and shipment id must match exactly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="255"/>
        <source>{0} document(s) found. Select one and press Ctrl+P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="287"/>
        <source>Never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="293"/>
        <source>Select a document to reprint first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="303"/>
        <source>Reprinting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="323"/>
        <source>Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="346"/>
        <source>Reprinted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="44"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="45"/>
        <source>Wrong item sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="46"/>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="47"/>
        <source>Size or fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="48"/>
        <source>No longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="72"/>
        <source>Scan or type the AWB or order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="74"/>
        <location filename="../../ui/pages/returns_page.py" line="253"/>
        <source>Scan the AWB or the order barcode of the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="89"/>
        <source>Create return (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="91"/>
        <source>New return (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="100"/>
        <source>Reason (Alt+1…9):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="142"/>
        <source>Looking up {code}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="155"/>
        <source>No shipment found for {code}. Check the number on the parcel or the customer&apos;s receipt, or search by order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="170"/>
        <source>Order {number} · {provider} shipment {sid} · AWB {awb}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="175"/>
        <source> ({n} more found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="179"/>
        <source>Scan each item coming back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="202"/>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="203"/>
        <source>Scan an item first, then choose its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="207"/>
        <source>Scan the parcel&apos;s AWB or order barcode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="213"/>
        <source>Creating the return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="232"/>
        <source>Return {rid} booked; label and receipt printed. Hand the receipt to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowModel</name>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="30"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="31"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="33"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="39"/>
        <source>Returned earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="45"/>
        <source>Coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="51"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="15"/>
        <location filename="../../ui/supervisor/open_jobs_model.py" line="15"/>
        <location filename="../../ui/supervisor/parcels_model.py" line="37"/>
        <location filename="../../ui/supervisor/shipments_model.py" line="15"/>
        <source>Order no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="16"/>
        <location filename="../../ui/supervisor/shipments_model.py" line="16"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="18"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="21"/>
        <location filename="../../ui/supervisor/open_jobs_model.py" line="19"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="25"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="26"/>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/open_jobs_model.py" line="16"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/open_jobs_model.py" line="17"/>
        <source>Left by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/open_jobs_model.py" line="24"/>
        <source>Done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/parcels_model.py" line="27"/>
        <source>prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/parcels_model.py" line="32"/>
        <source>On handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/parcels_model.py" line="36"/>
        <location filename="../../ui/supervisor/shipments_model.py" line="21"/>
        <source>AWB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/parcels_model.py" line="39"/>
        <source>Weight kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/parcels_model.py" line="45"/>
        <source>COD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/shipments_model.py" line="18"/>
        <source>Shipment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/shipments_model.py" line="24"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/shipments_model.py" line="27"/>
        <location filename="../../ui/supervisor/tracking_model.py" line="24"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/tracking_model.py" line="21"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/tracking_model.py" line="27"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/tracking_model.py" line="30"/>
        <source>Where</source>
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
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Open settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="113"/>
        <source>demo configuration (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="118"/>
        <source>Configuration: {source}
Orders from: {orders}; ship with: {ship}; status to: {status}
Credentials: {credentials}
Data folder: {folder}</source>
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
        <location filename="../../ui/compose.py" line="211"/>
        <source>OMS commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="264"/>
        <source>Reprinted: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="320"/>
        <source>Scanned {code}: no order with that number is ready for packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="327"/>
        <source>{name} may not pack orders; sign in as a packer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="339"/>
        <source>{number} shipped — label sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="20"/>
        <source>packer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="21"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="22"/>
        <source>counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="23"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="51"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="52"/>
        <source>{name} ({role}) may not open {page}: a {allowed} can — switch operator with Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="70"/>
        <source>OMS queue: {n} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="72"/>
        <source>OMS queue: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="74"/>
        <source>{n} need a supervisor</source>
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
</TS>
