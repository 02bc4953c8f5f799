<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="45"/>
        <source>Supervisor approval</source>
        <translation>موافقة المشرف</translation>
    </message>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="46"/>
        <source>&lt;b&gt;A supervisor must approve this.&lt;/b&gt;</source>
        <translation>&lt;b&gt;يحتاج هذا موافقة المشرف.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="50"/>
        <source>Supervisor: scan your badge, or type your PIN and press Enter.</source>
        <translation>المشرف: امسح بطاقتك، أو اكتب رمز PIN واضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="52"/>
        <source>Supervisor PIN, or scan a supervisor badge</source>
        <translation>رمز PIN للمشرف، أو امسح بطاقة المشرف</translation>
    </message>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="53"/>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="56"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <location filename="../../ui/models/archive_model.py" line="32"/>
        <source>Archived</source>
        <translation>تاريخ الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="33"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="34"/>
        <source>Order no</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="35"/>
        <source>AWB</source>
        <translation>رقم البوليصة AWB</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="36"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="37"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="38"/>
        <source>Prints</source>
        <translation>مرات الطباعة</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="39"/>
        <source>Last printed</source>
        <translation>آخر طباعة</translation>
    </message>
</context>
<context>
    <name>BackendStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="36"/>
        <source>not checked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="37"/>
        <source>connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="38"/>
        <source>working</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="39"/>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="40"/>
        <source>unreachable</source>
        <translation>لا يستجيب</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="41"/>
        <source>not set up</source>
        <translation>غير مُعدّ</translation>
    </message>
</context>
<context>
    <name>BoxesPanel</name>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="51"/>
        <source>Boxes</source>
        <translation>الكراتين</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="56"/>
        <source>Preset for the next new box (Ctrl+B)</source>
        <translation>مقاس الكرتون التالي (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="66"/>
        <source>New box: Ctrl+B or scan NEW BOX · type a box&apos;s weight: F3</source>
        <translation>كرتون جديد: Ctrl+B أو امسح NEW BOX · وزن الكرتون: F3</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="80"/>
        <source>No preset (type the sides)</source>
        <translation>بدون مقاس جاهز (اكتب الأبعاد)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="108"/>
        <source>1 unit</source>
        <translation>قطعة واحدة</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="108"/>
        <source>{n} units</source>
        <translation>القطع: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="109"/>
        <source>Box</source>
        <translation>كرتون</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="155"/>
        <source>There is no box {n} to weigh</source>
        <translation>لا يوجد كرتون رقم {n} لوزنه</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="200"/>
        <location filename="../../ui/pack/boxes_panel.py" line="230"/>
        <source>Box {n}: {refusal}</source>
        <translation>الكرتون {n}: {refusal}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="208"/>
        <source>Box {n} weighs {kg} kg</source>
        <translation>وزن الكرتون {n}: {kg} كغ</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="235"/>
        <source>Box {n}: sides saved</source>
        <translation>الكرتون {n}: حُفظت الأبعاد</translation>
    </message>
</context>
<context>
    <name>CarrierPanel</name>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="20"/>
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="45"/>
        <source>No order open</source>
        <translation>لا يوجد طلب مفتوح</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="53"/>
        <source>Fetching rates from every carrier…</source>
        <translation>جلب الأسعار من كل شركات الشحن…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="55"/>
        <source>Updating rates…</source>
        <translation>تحديث الأسعار…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="58"/>
        <source>No rates</source>
        <translation>لا توجد أسعار</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="60"/>
        <location filename="../../ui/pack/carrier_panel.py" line="98"/>
        <source>Ctrl+R fetches the rates again</source>
        <translation>Ctrl+R لجلب الأسعار من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="78"/>
        <source>{who} chooses the carrier</source>
        <translation>{who} تختار شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="80"/>
        <source>{who} picks the courier when the shipment is booked; the label names it.</source>
        <translation>{who} تختار شركة الشحن عند حجز الشحنة، ويظهر اسمها على الملصق.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="84"/>
        <source>No carrier fits this order</source>
        <translation>لا توجد شركة شحن مناسبة لهذا الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="96"/>
        <source>Complete the order to book it</source>
        <translation>أكمل الطلب لحجز الشحنة</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="101"/>
        <source>Change carrier: Alt+1…9, or scan &apos;Carrier option n&apos; (CMD:CARRIER:n)</source>
        <translation>تغيير شركة الشحن: Alt+1…9، أو امسح &apos;Carrier option n&apos; (CMD:CARRIER:n)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="104"/>
        <source>Changing the carrier is turned off at this station</source>
        <translation>تغيير شركة الشحن مُعطّل في هذه المحطة</translation>
    </message>
</context>
<context>
    <name>CompletionFlow</name>
    <message>
        <location filename="../../ui/pack/completion.py" line="112"/>
        <source>{n} is being shipped — wait for its label</source>
        <translation>جارٍ شحن {n} — انتظر الملصق</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="114"/>
        <source>{n} is booked; its label is not ready yet — retry (F5)</source>
        <translation>تم حجز {n}، لكن الملصق غير جاهز بعد — أعد المحاولة (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="119"/>
        <source>Shipping {n} failed — retry (F5), change carrier (F6) or cancel</source>
        <translation>فشل شحن {n} — أعد المحاولة (F5)، غيّر شركة الشحن (F6) أو ألغِ</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="121"/>
        <source>Shipping {n} failed — use the next steps shown, or cancel</source>
        <translation>فشل شحن {n} — اتبع الخطوات المعروضة أو ألغِ</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="133"/>
        <source>Carrier not changed: {r}</source>
        <translation>لم تتغير شركة الشحن: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="153"/>
        <source>{n} is ready — scan COMPLETE or press Enter</source>
        <translation>{n} جاهز — امسح COMPLETE أو اضغط Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="157"/>
        <location filename="../../ui/pack/completion.py" line="175"/>
        <source>Cannot complete {n} yet: {r}</source>
        <translation>لا يمكن إنهاء {n} بعد: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="192"/>
        <source>{p} picks the carrier when booked</source>
        <translation>{p} تختار شركة الشحن عند الحجز</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="199"/>
        <source>Waiting for rates — shipping as soon as they arrive</source>
        <translation>بانتظار الأسعار — الشحن فور وصولها</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="201"/>
        <source>No carrier fits: {e}</source>
        <translation>لا توجد شركة شحن مناسبة: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="203"/>
        <source>No rates yet — press Ctrl+R to fetch them again</source>
        <translation>لا أسعار بعد — اضغط Ctrl+R لجلبها من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="222"/>
        <source>Shipping {n} with {c}…</source>
        <translation>شحن {n} مع {c}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="247"/>
        <source>Shipping {n} waits for its label: {e}</source>
        <translation>شحن {n} بانتظار الملصق: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="256"/>
        <source>Shipping {n} failed: {e}</source>
        <translation>فشل شحن {n}: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="284"/>
        <source>Choose another carrier (Alt+1…9 or scan CMD:CARRIER:n), then complete again</source>
        <translation>اختر شركة شحن أخرى (Alt+1…9 أو امسح CMD:CARRIER:n)، ثم أنهِ من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="315"/>
        <source>Cannot ship: {m}</source>
        <translation>لا يمكن الشحن: {m}</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <location filename="../../ui/signin/credential_dialog.py" line="40"/>
        <source>PIN, or scan your badge</source>
        <translation>رمز PIN، أو امسح بطاقتك</translation>
    </message>
    <message>
        <location filename="../../ui/signin/credential_dialog.py" line="69"/>
        <source>Type your PIN, or scan your badge.</source>
        <translation>اكتب رمز PIN، أو امسح بطاقتك.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/credential_dialog.py" line="90"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../ui/demo_banner.py" line="30"/>
        <source>Open print folder</source>
        <translation>فتح مجلد الطباعة</translation>
    </message>
    <message>
        <location filename="../../ui/demo_banner.py" line="41"/>
        <source>Demo ({profile}): sandbox at {address} — prints go to {folder}</source>
        <translation>تجربة ({profile}): الخادم التجريبي على {address} — الطباعة إلى {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/demo_banner.py" line="55"/>
        <source>No file manager could open it; the prints are in {folder}</source>
        <translation>تعذّر فتح المجلد؛ المطبوعات في {folder}</translation>
    </message>
</context>
<context>
    <name>FiguresHourlyModel</name>
    <message>
        <location filename="../../ui/models/figures_hourly_model.py" line="20"/>
        <source>Hour</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_hourly_model.py" line="21"/>
        <source>Operator</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_hourly_model.py" line="22"/>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_hourly_model.py" line="23"/>
        <source>Units</source>
        <translation>القطع</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../ui/models/figures_model.py" line="18"/>
        <source>Operator</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="19"/>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="20"/>
        <source>Units</source>
        <translation>القطع</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="21"/>
        <source>Active hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="22"/>
        <source>Orders / hour</source>
        <translation>طلبات / ساعة</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="23"/>
        <source>Units / hour</source>
        <translation>قطع / ساعة</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="24"/>
        <source>Scans</source>
        <translation>المسحات</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="25"/>
        <source>Scan errors</source>
        <translation>أخطاء المسح</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="26"/>
        <source>Scan error rate</source>
        <translation>نسبة أخطاء المسح</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="71"/>
        <source>Operator id {0}</source>
        <translation>رقم الموظف {0}</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="66"/>
        <source>Export station figures</source>
        <translation>تصدير أرقام المحطة</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="68"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="107"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="108"/>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="109"/>
        <source>Chosen dates</source>
        <translation>تواريخ محددة</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="122"/>
        <source>Refresh (F5)</source>
        <translation>تحديث (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="125"/>
        <source>Export CSV… (Ctrl+E)</source>
        <translation>تصدير CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="151"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="162"/>
        <source>Station figures</source>
        <translation>أرقام المحطة</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="166"/>
        <source>&lt;b&gt;Per operator&lt;/b&gt;</source>
        <translation>&lt;b&gt;لكل موظف&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="168"/>
        <source>&lt;b&gt;Per hour&lt;/b&gt;</source>
        <translation>&lt;b&gt;لكل ساعة&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="170"/>
        <source>&lt;b&gt;Failures by kind&lt;/b&gt;</source>
        <translation>&lt;b&gt;الأعطال حسب النوع&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="208"/>
        <source>Reading the journal…</source>
        <translation>قراءة السجل…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="229"/>
        <source>{0} to {1}: {2} orders packed, {3} units.</source>
        <translation>من {0} إلى {1}: طلبات مغلّفة {2}، قطع {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="237"/>
        <source>Last scan to label printed: median {0}, 90th percentile {1} ({2} orders).</source>
        <translation>من آخر مسح إلى طباعة الملصق: الوسيط {0}، المئين 90 {1} (طلبات: {2}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="242"/>
        <source>Last scan to label printed: no labels printed in this period.</source>
        <translation>من آخر مسح إلى طباعة الملصق: لم تُطبع ملصقات في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="245"/>
        <source>No failures.</source>
        <translation>لا أعطال.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="246"/>
        <source>Updated.</source>
        <translation>تم التحديث.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="251"/>
        <source>Scan errors: no scans in this period.</source>
        <translation>أخطاء المسح: لا مسحات في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="253"/>
        <source>Scan errors: {0} of {1} scans ({2}) — within the {3} target.</source>
        <translation>أخطاء المسح: {0} من {1} مسحة ({2}) — ضمن الهدف {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="259"/>
        <source>Scan errors: {0} of {1} scans ({2}) — above the {3} target: check labels and barcodes with the packers.</source>
        <translation>أخطاء المسح: {0} من {1} مسحة ({2}) — فوق الهدف {3}: راجع الملصقات والباركود مع موظفي التغليف.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="268"/>
        <source>Could not read the figures: {0} Press F5 to try again.</source>
        <translation>تعذّرت قراءة الأرقام: {0} اضغط F5 للمحاولة من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="277"/>
        <source>Nothing to export yet: press F5 to read the figures.</source>
        <translation>لا شيء للتصدير بعد: اضغط F5 لقراءة الأرقام.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="283"/>
        <source>Writing {0}…</source>
        <translation>كتابة {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="287"/>
        <source>Exported to {0}.</source>
        <translation>تم التصدير إلى {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="289"/>
        <source>Could not write {0}: {1} Choose another folder and try again.</source>
        <translation>تعذّرت كتابة {0}: {1} اختر مجلدًا آخر وحاول من جديد.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="61"/>
        <source>Select all for carrier (Ctrl+A)</source>
        <translation>تحديد الكل لشركة الشحن (Ctrl+A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="62"/>
        <source>Print report (Ctrl+P)</source>
        <translation>طباعة الكشف (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="63"/>
        <source>Hand over (Ctrl+H)</source>
        <translation>تسليم (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="70"/>
        <source>Carrier:</source>
        <translation>شركة الشحن:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="108"/>
        <source>Nothing waiting</source>
        <translation>لا شيء بالانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="118"/>
        <source>Nothing is waiting for a handover.</source>
        <translation>لا توجد شحنات بانتظار التسليم.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="132"/>
        <source>All {n} {c} packages are on the handover.</source>
        <translation>كل شحنات {c} ({n}) ضمن التسليم.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="139"/>
        <source>{title} printed; ask the driver to sign it.</source>
        <translation>طُبع {title}؛ اطلب من المندوب التوقيع عليه.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="153"/>
        <source>{n} {c} packages handed over; Shipped is on its way to the OMS.</source>
        <translation>سُلّمت شحنات {c}: {n}؛ حالة «تم الشحن» في طريقها إلى OMS.</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="105"/>
        <location filename="../../ui/printing/label_preview.py" line="158"/>
        <source>No document selected.</source>
        <translation>لم يُحدد مستند.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="144"/>
        <source>Rendering…</source>
        <translation>جارٍ العرض…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="175"/>
        <source>Cannot show or print this document: {0}</source>
        <translation>لا يمكن عرض هذا المستند أو طباعته: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="195"/>
        <source>ZPL is shown as text: it cannot be drawn here</source>
        <translation>ملف ZPL يظهر كنص: لا يمكن رسمه هنا</translation>
    </message>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="197"/>
        <source>first {0} pages shown</source>
        <translation>عرض أول {0} صفحات</translation>
    </message>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="199"/>
        <source>no printer media set to check against</source>
        <translation>لم يُحدد مقاس ورق الطابعة للمقارنة</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="27"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="28"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="29"/>
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="30"/>
        <source>Required</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="31"/>
        <source>Scanned</source>
        <translation>الممسوح</translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="32"/>
        <source>Remaining</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="33"/>
        <source>Box</source>
        <translation>كرتون</translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="126"/>
        <source>{sku} — no barcode from the order source, scan the SKU</source>
        <translation>{sku} — لا يوجد باركود من مصدر الطلبات، امسح SKU</translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="131"/>
        <source>The order source has no product barcode for this SKU; scan the SKU label.</source>
        <translation>لا يوجد باركود منتج لهذا SKU في مصدر الطلبات؛ امسح ملصق SKU.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>Handover</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39"/>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Signed out. Sign in to see the orders and the work.</source>
        <translation>تم تسجيل الخروج. سجّل الدخول لرؤية الطلبات والعمل.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Quit Packstation?</source>
        <translation>الخروج من Packstation؟</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Quit anyway? Scans made so far are kept.</source>
        <translation>الخروج رغم ذلك؟ المسحات حتى الآن محفوظة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Keep working</source>
        <translation>متابعة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="88"/>
        <source>Not connected: {reason}
Open Settings (Ctrl+,) to fix it.</source>
        <translation>غير متصل: {reason}
افتح الإعدادات (Ctrl+,) لإصلاحه.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="94"/>
        <location filename="../../ui/main_window.py" line="33"/>
        <source>Queue</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="95"/>
        <source>Orders ready for packing appear here.</source>
        <translation>الطلبات الجاهزة للتغليف تظهر هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="98"/>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>Pack</source>
        <translation>التغليف</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="99"/>
        <source>Scan an order barcode to start packing.</source>
        <translation>امسح باركود الطلب لبدء التغليف.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <location filename="../../ui/main_window.py" line="35"/>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <source>Scan an AWB or order barcode to take a return.</source>
        <translation>امسح رقم AWB أو باركود الطلب لاستلام مرتجع.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="106"/>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>Reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="107"/>
        <source>Find a printed label or slip to reprint.</source>
        <translation>ابحث عن ملصق أو قسيمة مطبوعة لإعادة طباعتها.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="149"/>
        <source>Settings saved. Restart Packstation to reconnect with the new settings.</source>
        <translation>حُفظت الإعدادات. أعد تشغيل Packstation للاتصال بالإعدادات الجديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="155"/>
        <source>Settings saved. The menu and navigation use the new language now; each page does after a restart, which also reconnects with the new settings.</source>
        <translation>حُفظت الإعدادات. القائمة والتنقل باللغة الجديدة الآن؛ وكل صفحة بعد إعادة التشغيل، التي تعيد الاتصال أيضًا بالإعدادات الجديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="66"/>
        <source>Saved {path}</source>
        <translation>حُفظ في {path}</translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="85"/>
        <source>The queue is empty: refresh it (F5) before printing a training sheet</source>
        <translation>قائمة الطلبات فارغة: حدّثها (F5) قبل طباعة ورقة التدريب</translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="94"/>
        <source>Scanner command sheet (PDF)…</source>
        <translation>ورقة أوامر الماسح (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="100"/>
        <source>Training sheet of demo orders (PDF)…</source>
        <translation>ورقة تدريب بطلبات تجريبية (PDF)…</translation>
    </message>
</context>
<context>
    <name>ManualConfirmer</name>
    <message>
        <location filename="../../ui/pack/manual_confirm.py" line="39"/>
        <source>Manual confirmation of {u} × {name} on {n}: {r}</source>
        <translation>تأكيد يدوي لـ {u} × {name} في {n}: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_confirm.py" line="42"/>
        <source>Waiting for a supervisor to approve…</source>
        <translation>بانتظار موافقة المشرف…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_confirm.py" line="47"/>
        <source>Manual confirmation refused — no supervisor approved; nothing counted</source>
        <translation>رُفض التأكيد اليدوي — لم يوافق مشرف؛ لم يُحسب شيء</translation>
    </message>
</context>
<context>
    <name>ManualPanel</name>
    <message>
        <location filename="../../ui/pack/manual_panel.py" line="28"/>
        <source>Type instead of scanning</source>
        <translation>اكتب بدل المسح</translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_panel.py" line="31"/>
        <source>Type a damaged barcode and press Enter (F2)</source>
        <translation>اكتب الباركود التالف واضغط Enter (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_panel.py" line="38"/>
        <source>Confirm selected line manually (Ctrl+M)</source>
        <translation>تأكيد البند المحدد يدويًا (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_panel.py" line="46"/>
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_panel.py" line="47"/>
        <source>Units, reason</source>
        <translation>القطع، السبب</translation>
    </message>
</context>
<context>
    <name>OmsStuckPanel</name>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="45"/>
        <source>Reason (required to discard)</source>
        <translation>السبب (مطلوب للحذف)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="46"/>
        <source>Retry selected</source>
        <translation>إعادة المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="47"/>
        <source>Retry all</source>
        <translation>إعادة الكل</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="48"/>
        <source>Discard selected</source>
        <translation>حذف المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="49"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/oms_panel.py" line="80"/>
        <source>%n OMS command(s) need a supervisor.</source>
        <translation>
            <numerusform>لا أوامر OMS تحتاج المشرف.</numerusform>
            <numerusform>أمر OMS واحد يحتاج المشرف.</numerusform>
            <numerusform>أمرا OMS يحتاجان المشرف.</numerusform>
            <numerusform>%n أوامر OMS تحتاج المشرف.</numerusform>
            <numerusform>%n أمرًا لـ OMS تحتاج المشرف.</numerusform>
            <numerusform>%n أمر OMS تحتاج المشرف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="83"/>
        <source>Every OMS command was accepted or is still on its way.</source>
        <translation>كل أوامر OMS قُبلت أو ما زالت في الطريق.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="93"/>
        <source>Choose a stuck OMS command first.</source>
        <translation>اختر أمر OMS عالقًا أولًا.</translation>
    </message>
</context>
<context>
    <name>OperatorIndicator</name>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="32"/>
        <source>Switch operator</source>
        <translation>تبديل الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="37"/>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="46"/>
        <source>Switch operator ({0})</source>
        <translation>تبديل الموظف ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="60"/>
        <source>Station operator (no sign-in set up)</source>
        <translation>موظف المحطة (بدون تسجيل دخول)</translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="63"/>
        <source>No operators are configured: everyone acts as Station operator and may do everything. Add operators to require sign-in and supervisor approval.</source>
        <translation>لا يوجد موظفون مُعدّون: الجميع يعمل كموظف المحطة ويمكنه فعل كل شيء. أضف الموظفين لطلب تسجيل الدخول وموافقة المشرف.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="68"/>
        <source>Nobody signed in</source>
        <translation>لا أحد مسجّل الدخول</translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="71"/>
        <source>Signed in: {0} ({1})</source>
        <translation>مسجّل الدخول: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="72"/>
        <source>Operator id {0}</source>
        <translation>رقم الموظف {0}</translation>
    </message>
</context>
<context>
    <name>OrderQueueModel</name>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="54"/>
        <source>Order no</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="55"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="56"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="57"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="58"/>
        <source>Lines / units</source>
        <translation>بنود / قطع</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="59"/>
        <source>COD amount</source>
        <translation>مبلغ COD</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="60"/>
        <source>Suggested carrier</source>
        <translation>شركة الشحن المقترحة</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="61"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="125"/>
        <source>min</source>
        <translation>د</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="125"/>
        <source>h</source>
        <translation>س</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="125"/>
        <source>d</source>
        <translation>ي</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="143"/>
        <source>prepaid</source>
        <translation>مدفوع مسبقًا</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="259"/>
        <source>{n} is already open — keep scanning its items</source>
        <translation>{n} مفتوح بالفعل — تابع مسح أصنافه</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="260"/>
        <source>Scanned order {c} — finish or cancel {n} first</source>
        <translation>مُسح الطلب {c} — أنهِ {n} أو ألغه أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="62"/>
        <source>Reprinting the last label…</source>
        <translation>إعادة طباعة آخر ملصق…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="68"/>
        <source>Scanned {c} — no order is open; scan an order barcode to start</source>
        <translation>مُسح {c} — لا يوجد طلب مفتوح؛ امسح باركود طلب للبدء</translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="82"/>
        <source>QTY: scan a number (1–999), then the item</source>
        <translation>QTY: امسح رقمًا (1–999)، ثم الصنف</translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="89"/>
        <source>Scanned Number {n} — scan QTY first, then the number</source>
        <translation>تم مسح الرقم {n} — امسح QTY أولاً، ثم الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="132"/>
        <source>Leave {n} without shipping? Scan CANCEL again or press Enter; any other scan keeps packing</source>
        <translation>ترك {n} بدون شحن؟ امسح CANCEL مرة أخرى أو اضغط Enter؛ أي مسح آخر يتابع التغليف</translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="108"/>
        <source>QTY {q}: the next item scan counts {q}</source>
        <translation>QTY {q}: المسح التالي يُحسب {q}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="59"/>
        <source>Scan an order barcode to start packing</source>
        <translation>امسح باركود الطلب لبدء التغليف</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="191"/>
        <source>Left {n} without shipping — its scans are kept — scan the next order</source>
        <translation>تم ترك {n} بدون شحن — المسح محفوظ — امسح الطلب التالي</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="279"/>
        <source>Box {n}{p} is now current — scan its items</source>
        <translation>الكرتون {n}{p} هو الحالي الآن — امسح أصنافه</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="312"/>
        <source>Open an order and select a line to confirm first</source>
        <translation>افتح طلبًا وحدد البند المراد تأكيده أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="315"/>
        <source>Type a reason for the audit log first</source>
        <translation>اكتب سببًا لسجل التدقيق أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="367"/>
        <source>{n} packed and its label printed — scan the next order</source>
        <translation>غُلّف {n} وطُبع ملصقه — امسح الطلب التالي</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="220"/>
        <source>A shipment is being created right now.</source>
        <translation>يجري إنشاء شحنة الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="225"/>
        <source>Order {number} is open: {done} of {total} units scanned.</source>
        <translation>الطلب {number} مفتوح: مُسح {done} من {total} قطعة.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/wording.py" line="22"/>
        <source>Every item of this order is already verified</source>
        <translation>كل أصناف هذا الطلب تم التحقق منها</translation>
    </message>
    <message>
        <location filename="../../ui/pack/wording.py" line="24"/>
        <source>{n} more of {name}</source>
        <translation>{n} من {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/wording.py" line="29"/>
        <source>1 other item</source>
        <translation>صنف آخر</translation>
    </message>
    <message>
        <location filename="../../ui/pack/wording.py" line="31"/>
        <source>{n} other items</source>
        <translation>أصناف أخرى: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/wording.py" line="34"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../ui/pack/wording.py" line="35"/>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <location filename="../../ui/pack/wording.py" line="36"/>
        <source>This order needs {items}</source>
        <translation>باقي في هذا الطلب: {items}</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="92"/>
        <source>Complete (Enter / F12 / scan COMPLETE)</source>
        <translation>إنهاء (Enter / F12 / امسح COMPLETE)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="130"/>
        <source>No order open</source>
        <translation>لا يوجد طلب مفتوح</translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="150"/>
        <source>Ready to complete</source>
        <translation>جاهز للإنهاء</translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="152"/>
        <source>Not ready: {r}</source>
        <translation>غير جاهز: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="158"/>
        <source>COD {amount}</source>
        <translation>الدفع عند الاستلام {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="162"/>
        <source>prepaid</source>
        <translation>مدفوع مسبقًا</translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="166"/>
        <source>units</source>
        <translation>قطع</translation>
    </message>
</context>
<context>
    <name>PrinterTestPanel</name>
    <message>
        <location filename="../../ui/printing/test_print.py" line="56"/>
        <location filename="../../ui/printing/test_print.py" line="85"/>
        <source>Label printer</source>
        <translation>طابعة الملصقات</translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="56"/>
        <location filename="../../ui/printing/test_print.py" line="85"/>
        <source>Slip printer</source>
        <translation>طابعة القسائم</translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="59"/>
        <source>Not checked yet.</source>
        <translation>لم يُفحص بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="62"/>
        <source>Check</source>
        <translation>فحص</translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="64"/>
        <source>Test print</source>
        <translation>طباعة تجريبية</translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="96"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="107"/>
        <source>Printing a test page…</source>
        <translation>طباعة صفحة تجريبية…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="124"/>
        <source>Test page printed: {0}</source>
        <translation>طُبعت الصفحة التجريبية: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="23"/>
        <source>in progress…</source>
        <translation>جارٍ…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="24"/>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="25"/>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="26"/>
        <source>waiting</source>
        <translation>بالانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="29"/>
        <source>create shipment</source>
        <translation>إنشاء الشحنة</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="30"/>
        <source>fetch label</source>
        <translation>جلب الملصق</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="31"/>
        <source>print label</source>
        <translation>طباعة الملصق</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="32"/>
        <source>print packing slip</source>
        <translation>طباعة قسيمة التعبئة</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="33"/>
        <source>OMS packed</source>
        <translation>OMS: مغلّف</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="34"/>
        <source>OMS shipment info</source>
        <translation>OMS: بيانات الشحنة</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="35"/>
        <source>OMS shipped</source>
        <translation>OMS: تم الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="49"/>
        <source>Shipping</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="69"/>
        <source>Shipping {ref}…</source>
        <translation>شحن {ref}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="90"/>
        <source>Shipping stopped without saying why</source>
        <translation>توقف الشحن دون ذكر السبب</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="181"/>
        <source>Filter: order no, customer, city or SKU  (Ctrl+F or /)</source>
        <translation>تصفية: رقم الطلب، العميل، المدينة أو SKU  (Ctrl+F أو /)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="184"/>
        <source>Refresh (F5)</source>
        <translation>تحديث (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="186"/>
        <source>Not loaded yet</source>
        <translation>لم يُحمّل بعد</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="275"/>
        <source>Last updated {time}</source>
        <translation>آخر تحديث {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="285"/>
        <source>{count} order(s) could not be read: {first}</source>
        <translation>تعذرت قراءة {count} طلب: {first}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="289"/>
        <source> (and {more} more — hover for all)</source>
        <translation> (و{more} أخرى — مرّر المؤشر لرؤية الكل)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="303"/>
        <source>{shown} of {total} orders</source>
        <translation>{shown} من {total} طلب</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="305"/>
        <source>{total} orders</source>
        <translation>الطلبات: {total}</translation>
    </message>
</context>
<context>
    <name>Refresher</name>
    <message>
        <location filename="../../ui/refresh.py" line="100"/>
        <source>Refreshing…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <location filename="../../ui/refresh.py" line="104"/>
        <source>Offline — retrying in {seconds} s: {error} Press F5 to retry now.</source>
        <translation>غير متصل — إعادة المحاولة بعد {seconds} ث: {error} اضغط F5 للمحاولة الآن.</translation>
    </message>
</context>
<context>
    <name>ReprintPage</name>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="130"/>
        <source>Order number, AWB or shipment id — Enter</source>
        <translation>رقم الطلب أو AWB أو رقم الشحنة — Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="133"/>
        <source>All documents</source>
        <translation>كل المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="136"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="142"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="182"/>
        <source>Choose a reason…</source>
        <translation>اختر سببًا…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="187"/>
        <source>More words (required for Other)</source>
        <translation>تفاصيل أكثر (مطلوبة مع «أخرى»)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="188"/>
        <source>Reprint (Ctrl+P)</source>
        <translation>إعادة الطباعة (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="191"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="195"/>
        <source>Search by order number or AWB, or by dates.</source>
        <translation>ابحث برقم الطلب أو AWB، أو بالتواريخ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="204"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="207"/>
        <source>Reprint centre</source>
        <translation>مركز إعادة الطباعة</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="232"/>
        <source>Type an order number or AWB, or tick Dates to search by day.</source>
        <translation>اكتب رقم الطلب أو AWB، أو فعّل «التواريخ» للبحث باليوم.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="234"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="246"/>
        <source>those dates</source>
        <translation>هذه التواريخ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="249"/>
        <source>Nothing archived matches {0} (order number, AWB and shipment id must match exactly).</source>
        <translation>لا يوجد محفوظ يطابق {0} (رقم الطلب وAWB ورقم الشحنة يجب أن تطابق تمامًا).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="255"/>
        <source>{0} document(s) found. Select one and press Ctrl+P.</source>
        <translation>المستندات الموجودة: {0}. حدد واحدًا واضغط Ctrl+P.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="287"/>
        <source>Never printed.</source>
        <translation>لم يُطبع أبدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="293"/>
        <source>Select a document to reprint first.</source>
        <translation>حدد مستندًا لإعادة طباعته أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="303"/>
        <source>Reprinting…</source>
        <translation>إعادة الطباعة…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="342"/>
        <source>Retrying…</source>
        <translation>إعادة المحاولة…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="365"/>
        <source>Reprinted: {0}</source>
        <translation>أُعيدت الطباعة: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="44"/>
        <source>AWB label</source>
        <translation>ملصق الشحن AWB</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="45"/>
        <source>Return label</source>
        <translation>ملصق المرتجع</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="46"/>
        <source>Packing slip</source>
        <translation>قسيمة التعبئة</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="47"/>
        <source>Return receipt</source>
        <translation>إيصال المرتجع</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="48"/>
        <source>Handover report</source>
        <translation>كشف التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/printing/reprint_job.py" line="23"/>
        <source>Label damaged or smudged</source>
        <translation>الملصق تالف أو غير واضح</translation>
    </message>
    <message>
        <location filename="../../ui/printing/reprint_job.py" line="24"/>
        <source>Printer jammed or ran out of labels</source>
        <translation>الطابعة علقت أو نفدت الملصقات</translation>
    </message>
    <message>
        <location filename="../../ui/printing/reprint_job.py" line="25"/>
        <source>Label lost before dispatch</source>
        <translation>ضاع الملصق قبل الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/printing/reprint_job.py" line="26"/>
        <source>Printed on the wrong printer</source>
        <translation>طُبع على الطابعة الخطأ</translation>
    </message>
    <message>
        <location filename="../../ui/printing/reprint_job.py" line="27"/>
        <source>Carrier asked for a new label</source>
        <translation>شركة الشحن طلبت ملصقًا جديدًا</translation>
    </message>
    <message>
        <location filename="../../ui/printing/reprint_job.py" line="28"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="46"/>
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="47"/>
        <source>Wrong item sent</source>
        <translation>أُرسل صنف خطأ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="48"/>
        <source>Not as described</source>
        <translation>غير مطابق للوصف</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="49"/>
        <source>Size or fit</source>
        <translation>المقاس غير مناسب</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="50"/>
        <source>No longer needed</source>
        <translation>لم يعد مطلوبًا</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="75"/>
        <source>Scan or type the AWB or order number</source>
        <translation>امسح أو اكتب رقم AWB أو رقم الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="77"/>
        <location filename="../../ui/pages/returns_page.py" line="276"/>
        <source>Scan the AWB or the order barcode of the parcel.</source>
        <translation>امسح رقم AWB أو باركود الطلب على الطرد.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="92"/>
        <source>Create return (Ctrl+Enter)</source>
        <translation>إنشاء المرتجع (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="94"/>
        <source>New return (Esc)</source>
        <translation>مرتجع جديد (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="103"/>
        <source>Reason (Alt+1…9):</source>
        <translation>السبب (Alt+1…9):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="146"/>
        <source>Looking up {code}…</source>
        <translation>البحث عن {code}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="159"/>
        <source>No shipment found for {code}. Check the number on the parcel or the customer&apos;s receipt, or search by order number.</source>
        <translation>لا توجد شحنة لـ {code}. تحقق من الرقم على الطرد أو إيصال العميل، أو ابحث برقم الطلب.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="174"/>
        <source>Order {number} · {provider} shipment {sid} · AWB {awb}{more}</source>
        <translation>الطلب {number} · شحنة {provider} {sid} · AWB {awb}{more}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="179"/>
        <source> ({n} more found)</source>
        <translation> (وُجد {n} غيرها)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="183"/>
        <source>Scan each item coming back.</source>
        <translation>امسح كل صنف مُرتجع.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="206"/>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="207"/>
        <source>Scan an item first, then choose its reason.</source>
        <translation>امسح الصنف أولًا، ثم اختر السبب.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="211"/>
        <source>Scan the parcel&apos;s AWB or order barcode first.</source>
        <translation>امسح رقم AWB أو باركود الطلب على الطرد أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="217"/>
        <source>Creating the return…</source>
        <translation>إنشاء المرتجع…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="236"/>
        <source>Return {rid} booked; label and receipt printed. Hand the receipt to the customer.</source>
        <translation>سُجّل المرتجع {rid}؛ طُبع الملصق والإيصال. سلّم الإيصال للعميل.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="264"/>
        <source>Order {o} has counted items ({n}): press Esc again to discard them, or Ctrl+Return to create the return.</source>
        <translation>الطلب {o} فيه قطع ممسوحة ({n}): اضغط Esc مرة أخرى لتجاهلها، أو Ctrl+Return لإنشاء المرتجع.</translation>
    </message>
</context>
<context>
    <name>RowModel</name>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="30"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="31"/>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="33"/>
        <source>Shipped</source>
        <translation>المشحون</translation>
    </message>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="39"/>
        <source>Returned earlier</source>
        <translation>مُرتجع سابقًا</translation>
    </message>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="45"/>
        <source>Coming back</source>
        <translation>يرجع الآن</translation>
    </message>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="51"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="15"/>
        <location filename="../../ui/supervisor/open_jobs_model.py" line="15"/>
        <location filename="../../ui/supervisor/parcels_model.py" line="37"/>
        <location filename="../../ui/supervisor/shipments_model.py" line="15"/>
        <source>Order no</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="16"/>
        <location filename="../../ui/supervisor/shipments_model.py" line="16"/>
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="18"/>
        <source>What</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="21"/>
        <location filename="../../ui/supervisor/open_jobs_model.py" line="19"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="25"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="26"/>
        <source>What went wrong</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/open_jobs_model.py" line="16"/>
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/open_jobs_model.py" line="17"/>
        <source>Left by</source>
        <translation>تركها</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/open_jobs_model.py" line="24"/>
        <source>Done so far</source>
        <translation>المنجز حتى الآن</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/parcels_model.py" line="27"/>
        <source>prepaid</source>
        <translation>مدفوع مسبقًا</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/parcels_model.py" line="32"/>
        <source>On handover</source>
        <translation>ضمن التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/parcels_model.py" line="36"/>
        <location filename="../../ui/supervisor/shipments_model.py" line="21"/>
        <source>AWB</source>
        <translation>رقم البوليصة AWB</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/parcels_model.py" line="39"/>
        <source>Weight kg</source>
        <translation>الوزن كغ</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/parcels_model.py" line="45"/>
        <source>COD</source>
        <translation>COD</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/shipments_model.py" line="18"/>
        <source>Shipment id</source>
        <translation>رقم الشحنة</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/shipments_model.py" line="24"/>
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/shipments_model.py" line="27"/>
        <location filename="../../ui/supervisor/tracking_model.py" line="24"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/tracking_model.py" line="21"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/tracking_model.py" line="27"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/tracking_model.py" line="30"/>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
</context>
<context>
    <name>ScaleControl</name>
    <message>
        <location filename="../../ui/pack/scale_control.py" line="133"/>
        <source>{reading} · weight locked (F4 follows the scale)</source>
        <translation>{reading} · الوزن مثبّت (F4 يعيد قراءة الميزان)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/scale_control.py" line="135"/>
        <source>Scale: {reading} (F4 locks the weight)</source>
        <translation>الميزان: {reading} (F4 يثبّت الوزن)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="32"/>
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34"/>
        <source>Connections</source>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="37"/>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>Scanner &amp;&amp; packing</source>
        <translation>الماسح &amp;&amp; التغليف</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>Operators</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>Language: empty = the system&apos;s, en = English, ar = Arabic (right to left), tr = Turkish. On Save the menu, the navigation and the layout direction change at once; the words on each page change after a restart.</source>
        <translation>اللغة: فارغ = لغة النظام، en = الإنجليزية، ar = العربية (من اليمين لليسار)، tr = التركية. عند الحفظ تتغير القائمة والتنقل واتجاه الشاشة فورًا؛ وكلمات كل صفحة تتغير بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <source>Credentials</source>
        <translation>بيانات الدخول</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>set</source>
        <translation>محفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>not set</source>
        <translation>غير محفوظة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="170"/>
        <source>%n setting(s) need attention before saving.</source>
        <translation>
            <numerusform>لا إعدادات تحتاج مراجعة.</numerusform>
            <numerusform>إعداد واحد يحتاج مراجعة قبل الحفظ.</numerusform>
            <numerusform>إعدادان يحتاجان مراجعة قبل الحفظ.</numerusform>
            <numerusform>%n إعدادات تحتاج مراجعة قبل الحفظ.</numerusform>
            <numerusform>%n إعدادًا تحتاج مراجعة قبل الحفظ.</numerusform>
            <numerusform>%n إعداد تحتاج مراجعة قبل الحفظ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="180"/>
        <source>Credentials could not be saved; nothing was written.</source>
        <translation>تعذّر حفظ بيانات الدخول؛ لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Open settings…</source>
        <translation>فتح الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="81"/>
        <source>Demo credentials, held in memory only</source>
        <translation>بيانات دخول تجريبية، في الذاكرة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="82"/>
        <source>No OS keyring available</source>
        <translation>لا توجد خزنة كلمات مرور في النظام</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="123"/>
        <source>demo configuration (not saved)</source>
        <translation>إعدادات تجريبية (غير محفوظة)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="128"/>
        <source>Configuration: {source}
Orders from: {orders}; ship with: {ship}; status to: {status}
Credentials: {credentials}
Data folder: {folder}</source>
        <translation>الإعدادات: {source}
الطلبات من: {orders}؛ الشحن مع: {ship}؛ الحالة إلى: {status}
بيانات الدخول: {credentials}
مجلد البيانات: {folder}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="49"/>
        <location filename="../../ui/signin/signin_dialog.py" line="74"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="49"/>
        <source>Switch operator</source>
        <translation>تبديل الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="53"/>
        <source>Anyone — a PIN alone is enough</source>
        <translation>أي شخص — رمز PIN وحده يكفي</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="58"/>
        <source>{0} ({1}) — recent</source>
        <translation>{0} ({1}) — مؤخرًا</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="64"/>
        <source>Scan your badge, or type your PIN and press Enter.</source>
        <translation>امسح بطاقتك، أو اكتب رمز PIN واضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="66"/>
        <source>Next operator: scan your badge, or type your PIN and press Enter.</source>
        <translation>الموظف التالي: امسح بطاقتك، أو اكتب رمز PIN واضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="78"/>
        <source>Quit Packstation</source>
        <translation>الخروج من Packstation</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="78"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="85"/>
        <source>Operator</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="86"/>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
</context>
<context>
    <name>StationRates</name>
    <message>
        <location filename="../../ui/station_rates.py" line="50"/>
        <source>{who} chooses</source>
        <translation>{who} تختار</translation>
    </message>
</context>
<context>
    <name>StationUi</name>
    <message>
        <location filename="../../ui/compose.py" line="230"/>
        <source>OMS commands</source>
        <translation>أوامر OMS</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="286"/>
        <source>Reprinted: {where}</source>
        <translation>أُعيدت الطباعة: {where}</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="330"/>
        <source>Scanned {code}: no order with that number is ready for packing</source>
        <translation>مُسح {code}: لا يوجد طلب بهذا الرقم جاهز للتغليف</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="337"/>
        <source>{name} may not pack orders; sign in as a packer</source>
        <translation>لا يحق لـ {name} تغليف الطلبات؛ سجّل الدخول كموظف تغليف</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="358"/>
        <source>{said}. Next: {next} — scan its items, or scan the order in hand</source>
        <translation>{said}. التالي: {next} — امسح قطعه، أو امسح الطلب الذي بين يديك</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="385"/>
        <source>Reprinted the last label: {where}</source>
        <translation>أعيدت طباعة آخر ملصق: {where}</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="389"/>
        <source>Could not reprint the last label: {why}</source>
        <translation>تعذّرت إعادة طباعة آخر ملصق: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="24"/>
        <source>packer</source>
        <translation>موظف تغليف</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="25"/>
        <source>supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="26"/>
        <source>counter</source>
        <translation>موظف استلام</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="27"/>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="55"/>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="56"/>
        <source>{name} ({role}) may not open {page}: a {allowed} can — switch operator with Ctrl+Shift+O</source>
        <translation>لا يحق لـ {name} ({role}) فتح {page}: يفتحها {allowed} — بدّل الموظف بـ Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="78"/>
        <source>OMS queue: {n} waiting</source>
        <translation>طابور OMS: بالانتظار {n}</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="80"/>
        <source>OMS queue: empty</source>
        <translation>طابور OMS: فارغ</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="82"/>
        <source>{n} need a supervisor</source>
        <translation>تحتاج المشرف: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="102"/>
        <source>{number} shipped: AWB {awb} with {carrier}, label printed</source>
        <translation>تم شحن {number}: رقم البوليصة {awb} مع {carrier}، وطُبع الملصق</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="79"/>
        <source>Scan or type an AWB, order or shipment</source>
        <translation>امسح أو اكتب AWB أو الطلب أو الشحنة</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="81"/>
        <source>Why (required for every action)</source>
        <translation>السبب (مطلوب لكل إجراء)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="82"/>
        <source>Shipment id the provider shows</source>
        <translation>رقم الشحنة كما يظهر عند المزوّد</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="83"/>
        <source>I checked: the provider has no shipment for it</source>
        <translation>تحققت: لا توجد شحنة له عند المزوّد</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="88"/>
        <source>Cancel shipment (Ctrl+K)</source>
        <translation>إلغاء الشحنة (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="89"/>
        <source>Track (Ctrl+T)</source>
        <translation>تتبّع (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="90"/>
        <source>DS retry (Ctrl+R)</source>
        <translation>إعادة DS (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="91"/>
        <source>Ship again (Ctrl+G)</source>
        <translation>اشحن مرة أخرى (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="92"/>
        <source>Look up (Ctrl+L)</source>
        <translation>بحث (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="93"/>
        <source>Mark created (Ctrl+M)</source>
        <translation>اعتبارها مُنشأة (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="94"/>
        <source>Create again (Ctrl+E)</source>
        <translation>إنشاء من جديد (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="95"/>
        <source>Release order (Ctrl+D)</source>
        <translation>تحرير الطلب (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="117"/>
        <source>Shipment id:</source>
        <translation>رقم الشحنة:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="129"/>
        <source>Shipments</source>
        <translation>الشحنات</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="130"/>
        <source>Outcome unknown</source>
        <translation>نتيجة غير معروفة</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="131"/>
        <source>Open jobs</source>
        <translation>مهام مفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="134"/>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="153"/>
        <source>Looking up {code}…</source>
        <translation>البحث عن {code}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="157"/>
        <source>No shipment found for {code}.</source>
        <translation>لا توجد شحنة لـ {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="161"/>
        <source>{n} shipment(s) found for {code}.</source>
        <translation>شحنات {code} الموجودة: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="169"/>
        <source>Select a row first.</source>
        <translation>حدد صفًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="184"/>
        <source>Shipment {sid} cancelled (approved by {who}).</source>
        <translation>أُلغيت الشحنة {sid} (بموافقة {who}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="195"/>
        <source>Order {n} may be shipped again: open it on the pack screen.</source>
        <translation>يمكن شحن الطلب {n} مرة أخرى: افتحه في شاشة التغليف.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="202"/>
        <source>Shipped</source>
        <translation>المشحون</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="202"/>
        <source>Packed</source>
        <translation>تم التغليف</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="204"/>
        <source>The OMS still shows order {n} as {s} with the cancelled AWB: it has no cancel command. Ship the order again to send the new AWB, or set it right in the OMS.</source>
        <translation>نظام الطلبات ما زال يعرض الطلب {n} بحالة {s} مع رقم البوليصة الملغاة: لا يوجد فيه أمر إلغاء. اشحن الطلب مرة أخرى لإرسال رقم البوليصة الجديد، أو صحّحه في نظام الطلبات.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="215"/>
        <source>{sid}: {status}</source>
        <translation>{sid}: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="225"/>
        <source>Delivery Solutions placed {sid} again: {status}.</source>
        <translation>أعادت Delivery Solutions إنشاء {sid}: {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="236"/>
        <source>{p} has no shipment for {n}: you may create it again.</source>
        <translation>لا توجد عند {p} شحنة لـ {n}: يمكنك إنشاؤها من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="240"/>
        <source>{p} has shipment {sid} for {n}: mark it created.</source>
        <translation>عند {p} الشحنة {sid} لـ {n}: اعتبرها مُنشأة.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="252"/>
        <source>{n} recorded as created: {sid}.</source>
        <translation>سُجّل {n} كمُنشأ: {sid}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="262"/>
        <source>{n} created again: {sid}.</source>
        <translation>أُنشئ {n} من جديد: {sid}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="271"/>
        <source>Order {n} released (approved by {who}).</source>
        <translation>حُرّر الطلب {n} (بموافقة {who}).</translation>
    </message>
</context>
</TS>
