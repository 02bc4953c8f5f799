<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="45"/>
        <source>Supervisor approval</source>
        <translation>Süpervizör onayı</translation>
    </message>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="46"/>
        <source>&lt;b&gt;A supervisor must approve this.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bunu bir süpervizör onaylamalı.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="50"/>
        <source>Supervisor: scan your badge, or type your PIN and press Enter.</source>
        <translation>Süpervizör: kartınızı okutun ya da PIN&apos;inizi yazıp Enter&apos;a basın.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="52"/>
        <source>Supervisor PIN, or scan a supervisor badge</source>
        <translation>Süpervizör PIN&apos;i ya da süpervizör kartını okutun</translation>
    </message>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="53"/>
        <source>Approve</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <location filename="../../ui/signin/approval_dialog.py" line="56"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <location filename="../../ui/models/archive_model.py" line="32"/>
        <source>Archived</source>
        <translation>Arşivlendi</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="33"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="34"/>
        <source>Order no</source>
        <translation>Sipariş no</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="35"/>
        <source>AWB</source>
        <translation>AWB</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="36"/>
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="37"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="38"/>
        <source>Prints</source>
        <translation>Baskı</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="39"/>
        <source>Last printed</source>
        <translation>Son baskı</translation>
    </message>
</context>
<context>
    <name>BackendStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="36"/>
        <source>not checked</source>
        <translation>kontrol edilmedi</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="37"/>
        <source>connected</source>
        <translation>bağlı</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="38"/>
        <source>working</source>
        <translation>çalışıyor</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="39"/>
        <source>error</source>
        <translation>hata</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="40"/>
        <source>unreachable</source>
        <translation>ulaşılamıyor</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="41"/>
        <source>not set up</source>
        <translation>kurulmadı</translation>
    </message>
</context>
<context>
    <name>BoxesPanel</name>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="51"/>
        <source>Boxes</source>
        <translation>Koliler</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="56"/>
        <source>Preset for the next new box (Ctrl+B)</source>
        <translation>Sonraki koli ölçüsü (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="66"/>
        <source>New box: Ctrl+B or scan NEW BOX · type a box&apos;s weight: F3</source>
        <translation>Yeni koli: Ctrl+B ya da NEW BOX okutun · koli ağırlığı: F3</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="80"/>
        <source>No preset (type the sides)</source>
        <translation>Hazır ölçü yok (kenarları yazın)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="108"/>
        <source>1 unit</source>
        <translation>1 adet</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="108"/>
        <source>{n} units</source>
        <translation>{n} adet</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="109"/>
        <source>Box</source>
        <translation>Koli</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="155"/>
        <source>There is no box {n} to weigh</source>
        <translation>Tartılacak {n} numaralı koli yok</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="200"/>
        <location filename="../../ui/pack/boxes_panel.py" line="230"/>
        <source>Box {n}: {refusal}</source>
        <translation>Koli {n}: {refusal}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="208"/>
        <source>Box {n} weighs {kg} kg</source>
        <translation>Koli {n}: {kg} kg</translation>
    </message>
    <message>
        <location filename="../../ui/pack/boxes_panel.py" line="235"/>
        <source>Box {n}: sides saved</source>
        <translation>Koli {n}: ölçüler kaydedildi</translation>
    </message>
</context>
<context>
    <name>CarrierPanel</name>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="20"/>
        <source>Carrier</source>
        <translation>Kargo firması</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="45"/>
        <source>No order open</source>
        <translation>Açık sipariş yok</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="53"/>
        <source>Fetching rates from every carrier…</source>
        <translation>Tüm kargo firmalarından fiyat alınıyor…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="55"/>
        <source>Updating rates…</source>
        <translation>Fiyatlar güncelleniyor…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="58"/>
        <source>No rates</source>
        <translation>Fiyat yok</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="60"/>
        <location filename="../../ui/pack/carrier_panel.py" line="98"/>
        <source>Ctrl+R fetches the rates again</source>
        <translation>Ctrl+R fiyatları yeniden alır</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="78"/>
        <source>{who} chooses the carrier</source>
        <translation>Kargo firmasını {who} seçer</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="80"/>
        <source>{who} picks the courier when the shipment is booked; the label names it.</source>
        <translation>{who} kargoyu gönderi oluşturulunca seçer; etikette adı yazar.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="84"/>
        <source>No carrier fits this order</source>
        <translation>Bu siparişe uygun kargo firması yok</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="96"/>
        <source>Complete the order to book it</source>
        <translation>Gönderiyi oluşturmak için siparişi tamamlayın</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="101"/>
        <source>Change carrier: Alt+1…9, or scan &apos;Carrier option n&apos; (CMD:CARRIER:n)</source>
        <translation>Kargo firmasını değiştir: Alt+1…9 ya da &apos;Carrier option n&apos; okutun (CMD:CARRIER:n)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/carrier_panel.py" line="104"/>
        <source>Changing the carrier is turned off at this station</source>
        <translation>Bu istasyonda kargo firması değiştirilemez</translation>
    </message>
</context>
<context>
    <name>CompletionFlow</name>
    <message>
        <location filename="../../ui/pack/completion.py" line="112"/>
        <source>{n} is being shipped — wait for its label</source>
        <translation>{n} gönderiliyor — etiketini bekleyin</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="114"/>
        <source>{n} is booked; its label is not ready yet — retry (F5)</source>
        <translation>{n} oluşturuldu; etiketi henüz hazır değil — tekrar deneyin (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="119"/>
        <source>Shipping {n} failed — retry (F5), change carrier (F6) or cancel</source>
        <translation>{n} gönderilemedi — tekrar deneyin (F5), kargo firmasını değiştirin (F6) ya da iptal edin</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="121"/>
        <source>Shipping {n} failed — use the next steps shown, or cancel</source>
        <translation>{n} gönderilemedi — gösterilen adımları izleyin veya iptal edin</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="133"/>
        <source>Carrier not changed: {r}</source>
        <translation>Kargo firması değişmedi: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="153"/>
        <source>{n} is ready — scan COMPLETE or press Enter</source>
        <translation>{n} hazır — COMPLETE okutun veya Enter&apos;a basın</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="157"/>
        <location filename="../../ui/pack/completion.py" line="175"/>
        <source>Cannot complete {n} yet: {r}</source>
        <translation>{n} henüz bitirilemez: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="192"/>
        <source>{p} picks the carrier when booked</source>
        <translation>Kargo firmasını kayıtta {p} seçer</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="199"/>
        <source>Waiting for rates — shipping as soon as they arrive</source>
        <translation>Fiyatlar bekleniyor — gelince hemen gönderilecek</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="201"/>
        <source>No carrier fits: {e}</source>
        <translation>Uygun kargo firması yok: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="203"/>
        <source>No rates yet — press Ctrl+R to fetch them again</source>
        <translation>Henüz fiyat yok — yeniden almak için Ctrl+R&apos;ye basın</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="222"/>
        <source>Shipping {n} with {c}…</source>
        <translation>{n}, {c} ile gönderiliyor…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="247"/>
        <source>Shipping {n} waits for its label: {e}</source>
        <translation>{n} gönderisi etiketini bekliyor: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="256"/>
        <source>Shipping {n} failed: {e}</source>
        <translation>{n} gönderilemedi: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="284"/>
        <source>Choose another carrier (Alt+1…9 or scan CMD:CARRIER:n), then complete again</source>
        <translation>Başka bir kargo firması seçin (Alt+1…9 ya da CMD:CARRIER:n okutun), sonra yeniden bitirin</translation>
    </message>
    <message>
        <location filename="../../ui/pack/completion.py" line="315"/>
        <source>Cannot ship: {m}</source>
        <translation>Gönderilemiyor: {m}</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <location filename="../../ui/signin/credential_dialog.py" line="40"/>
        <source>PIN, or scan your badge</source>
        <translation>PIN ya da kartınızı okutun</translation>
    </message>
    <message>
        <location filename="../../ui/signin/credential_dialog.py" line="69"/>
        <source>Type your PIN, or scan your badge.</source>
        <translation>PIN&apos;inizi yazın ya da kartınızı okutun.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/credential_dialog.py" line="90"/>
        <source>Checking…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../ui/demo_banner.py" line="30"/>
        <source>Open print folder</source>
        <translation>Baskı klasörünü aç</translation>
    </message>
    <message>
        <location filename="../../ui/demo_banner.py" line="41"/>
        <source>Demo ({profile}): sandbox at {address} — prints go to {folder}</source>
        <translation>Demo ({profile}): deneme sunucusu {address} — baskılar {folder} klasörüne</translation>
    </message>
    <message>
        <location filename="../../ui/demo_banner.py" line="55"/>
        <source>No file manager could open it; the prints are in {folder}</source>
        <translation>Klasör açılamadı; baskılar şurada: {folder}</translation>
    </message>
</context>
<context>
    <name>FiguresHourlyModel</name>
    <message>
        <location filename="../../ui/models/figures_hourly_model.py" line="20"/>
        <source>Hour</source>
        <translation>Saat</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_hourly_model.py" line="21"/>
        <source>Operator</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_hourly_model.py" line="22"/>
        <source>Orders</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_hourly_model.py" line="23"/>
        <source>Units</source>
        <translation>Adet</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../ui/models/figures_model.py" line="18"/>
        <source>Operator</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="19"/>
        <source>Orders</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="20"/>
        <source>Units</source>
        <translation>Adet</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="21"/>
        <source>Active hours</source>
        <translation>Aktif saat</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="22"/>
        <source>Orders / hour</source>
        <translation>Sipariş / saat</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="23"/>
        <source>Units / hour</source>
        <translation>Adet / saat</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="24"/>
        <source>Scans</source>
        <translation>Okutma</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="25"/>
        <source>Scan errors</source>
        <translation>Okutma hatası</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="26"/>
        <source>Scan error rate</source>
        <translation>Okutma hata oranı</translation>
    </message>
    <message>
        <location filename="../../ui/models/figures_model.py" line="71"/>
        <source>Operator id {0}</source>
        <translation>Personel no {0}</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="66"/>
        <source>Export station figures</source>
        <translation>İstasyon rakamlarını dışa aktar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="68"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="107"/>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="108"/>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="109"/>
        <source>Chosen dates</source>
        <translation>Seçilen tarihler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="122"/>
        <source>Refresh (F5)</source>
        <translation>Yenile (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="125"/>
        <source>Export CSV… (Ctrl+E)</source>
        <translation>CSV aktar… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="151"/>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="162"/>
        <source>Station figures</source>
        <translation>İstasyon rakamları</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="166"/>
        <source>&lt;b&gt;Per operator&lt;/b&gt;</source>
        <translation>&lt;b&gt;Personel bazında&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="168"/>
        <source>&lt;b&gt;Per hour&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saat bazında&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="170"/>
        <source>&lt;b&gt;Failures by kind&lt;/b&gt;</source>
        <translation>&lt;b&gt;Türe göre hatalar&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="208"/>
        <source>Reading the journal…</source>
        <translation>Kayıtlar okunuyor…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="229"/>
        <source>{0} to {1}: {2} orders packed, {3} units.</source>
        <translation>{0} – {1}: {2} sipariş paketlendi, {3} adet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="237"/>
        <source>Last scan to label printed: median {0}, 90th percentile {1} ({2} orders).</source>
        <translation>Son okutmadan etiket basımına: medyan {0}, 90. yüzdelik {1} ({2} sipariş).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="242"/>
        <source>Last scan to label printed: no labels printed in this period.</source>
        <translation>Son okutmadan etiket basımına: bu dönemde etiket basılmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="245"/>
        <source>No failures.</source>
        <translation>Hata yok.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="246"/>
        <source>Updated.</source>
        <translation>Güncellendi.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="251"/>
        <source>Scan errors: no scans in this period.</source>
        <translation>Okutma hataları: bu dönemde okutma yok.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="253"/>
        <source>Scan errors: {0} of {1} scans ({2}) — within the {3} target.</source>
        <translation>Okutma hataları: {1} okutmada {0} ({2}) — {3} hedefinin içinde.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="259"/>
        <source>Scan errors: {0} of {1} scans ({2}) — above the {3} target: check labels and barcodes with the packers.</source>
        <translation>Okutma hataları: {1} okutmada {0} ({2}) — {3} hedefinin üstünde: etiketleri ve barkodları paketleyicilerle kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="268"/>
        <source>Could not read the figures: {0} Press F5 to try again.</source>
        <translation>Rakamlar okunamadı: {0} Tekrar denemek için F5&apos;e basın.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="277"/>
        <source>Nothing to export yet: press F5 to read the figures.</source>
        <translation>Henüz aktarılacak bir şey yok: rakamları okumak için F5&apos;e basın.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="283"/>
        <source>Writing {0}…</source>
        <translation>{0} yazılıyor…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="287"/>
        <source>Exported to {0}.</source>
        <translation>{0} dosyasına aktarıldı.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="289"/>
        <source>Could not write {0}: {1} Choose another folder and try again.</source>
        <translation>{0} yazılamadı: {1} Başka bir klasör seçip tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="61"/>
        <source>Select all for carrier (Ctrl+A)</source>
        <translation>Firmanın tümünü seç (Ctrl+A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="62"/>
        <source>Print report (Ctrl+P)</source>
        <translation>Tutanağı yazdır (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="63"/>
        <source>Hand over (Ctrl+H)</source>
        <translation>Teslim et (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="70"/>
        <source>Carrier:</source>
        <translation>Kargo firması:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="108"/>
        <source>Nothing waiting</source>
        <translation>Bekleyen yok</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="118"/>
        <source>Nothing is waiting for a handover.</source>
        <translation>Teslim bekleyen paket yok.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="132"/>
        <source>All {n} {c} packages are on the handover.</source>
        <translation>{c} paketlerinin tümü ({n}) teslimde.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="139"/>
        <source>{title} printed; ask the driver to sign it.</source>
        <translation>{title} yazdırıldı; kuryeye imzalatın.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover_page.py" line="153"/>
        <source>{n} {c} packages handed over; Shipped is on its way to the OMS.</source>
        <translation>{n} {c} paketi teslim edildi; &quot;Kargoya verildi&quot; OMS&apos;e gönderiliyor.</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="105"/>
        <location filename="../../ui/printing/label_preview.py" line="158"/>
        <source>No document selected.</source>
        <translation>Belge seçilmedi.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="144"/>
        <source>Rendering…</source>
        <translation>Hazırlanıyor…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="175"/>
        <source>Cannot show or print this document: {0}</source>
        <translation>Bu belge gösterilemiyor ya da yazdırılamıyor: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="195"/>
        <source>ZPL is shown as text: it cannot be drawn here</source>
        <translation>ZPL metin olarak gösteriliyor: burada çizilemez</translation>
    </message>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="197"/>
        <source>first {0} pages shown</source>
        <translation>ilk {0} sayfa gösteriliyor</translation>
    </message>
    <message>
        <location filename="../../ui/printing/label_preview.py" line="199"/>
        <source>no printer media set to check against</source>
        <translation>karşılaştırılacak yazıcı kâğıdı ayarlı değil</translation>
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
        <translation>Ürün adı</translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="29"/>
        <source>Barcode</source>
        <translation>Barkod</translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="30"/>
        <source>Required</source>
        <translation>Gereken</translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="31"/>
        <source>Scanned</source>
        <translation>Okutulan</translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="32"/>
        <source>Remaining</source>
        <translation>Kalan</translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="33"/>
        <source>Box</source>
        <translation>Koli</translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="126"/>
        <source>{sku} — no barcode from the order source, scan the SKU</source>
        <translation>{sku} — sipariş kaynağından barkod yok, SKU&apos;yu okutun</translation>
    </message>
    <message>
        <location filename="../../ui/pack/lines_model.py" line="131"/>
        <source>The order source has no product barcode for this SKU; scan the SKU label.</source>
        <translation>Sipariş kaynağında bu SKU için ürün barkodu yok; SKU etiketini okutun.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="88"/>
        <source>Not connected: {reason}
Open Settings (Ctrl+,) to fix it.</source>
        <translation>Bağlı değil: {reason}
Düzeltmek için Ayarlar&apos;ı açın (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="94"/>
        <location filename="../../ui/main_window.py" line="33"/>
        <source>Queue</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="95"/>
        <source>Orders ready for packing appear here.</source>
        <translation>Paketlemeye hazır siparişler burada görünür.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="98"/>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>Pack</source>
        <translation>Paketle</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="99"/>
        <source>Scan an order barcode to start packing.</source>
        <translation>Paketlemeye başlamak için sipariş barkodunu okutun.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <location filename="../../ui/main_window.py" line="35"/>
        <source>Returns</source>
        <translation>İadeler</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <source>Scan an AWB or order barcode to take a return.</source>
        <translation>İade almak için AWB ya da sipariş barkodunu okutun.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="106"/>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>Reprint</source>
        <translation>Yeniden yazdır</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="107"/>
        <source>Find a printed label or slip to reprint.</source>
        <translation>Yeniden yazdırmak için basılmış bir etiket ya da fiş bulun.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="149"/>
        <source>Settings saved. Restart Packstation to reconnect with the new settings.</source>
        <translation>Ayarlar kaydedildi. Yeni ayarlarla bağlanmak için Packstation&apos;ı yeniden başlatın.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="155"/>
        <source>Settings saved. The menu and navigation use the new language now; each page does after a restart, which also reconnects with the new settings.</source>
        <translation>Ayarlar kaydedildi. Menü ve gezinme şimdi yeni dilde; sayfalar yeniden başlatınca değişir, yeni ayarlarla bağlantı da o zaman kurulur.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>Handover</source>
        <translation>Teslim</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>Supervisor</source>
        <translation>Süpervizör</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39"/>
        <source>Figures</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;Tools</source>
        <translation>&amp;Araçlar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Settings…</source>
        <translation>Ayarlar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Signed out. Sign in to see the orders and the work.</source>
        <translation>Oturum kapandı. Siparişleri ve işi görmek için giriş yapın.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Quit Packstation?</source>
        <translation>Packstation&apos;dan çıkılsın mı?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Quit anyway? Scans made so far are kept.</source>
        <translation>Yine de çıkılsın mı? Şimdiye kadarki okutmalar saklanır.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Keep working</source>
        <translation>Çalışmaya devam et</translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="66"/>
        <source>Saved {path}</source>
        <translation>Kaydedildi: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="85"/>
        <source>The queue is empty: refresh it (F5) before printing a training sheet</source>
        <translation>Sıra boş: eğitim sayfasını yazdırmadan önce yenileyin (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="94"/>
        <source>Scanner command sheet (PDF)…</source>
        <translation>Okuyucu komut sayfası (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="100"/>
        <source>Training sheet of demo orders (PDF)…</source>
        <translation>Demo siparişli eğitim sayfası (PDF)…</translation>
    </message>
</context>
<context>
    <name>ManualConfirmer</name>
    <message>
        <location filename="../../ui/pack/manual_confirm.py" line="39"/>
        <source>Manual confirmation of {u} × {name} on {n}: {r}</source>
        <translation>{n} siparişinde {u} × {name} elle onaylandı: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_confirm.py" line="42"/>
        <source>Waiting for a supervisor to approve…</source>
        <translation>Süpervizör onayı bekleniyor…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_confirm.py" line="47"/>
        <source>Manual confirmation refused — no supervisor approved; nothing counted</source>
        <translation>Elle onay reddedildi — süpervizör onaylamadı; hiçbir şey sayılmadı</translation>
    </message>
</context>
<context>
    <name>ManualPanel</name>
    <message>
        <location filename="../../ui/pack/manual_panel.py" line="28"/>
        <source>Type instead of scanning</source>
        <translation>Okutmak yerine yazın</translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_panel.py" line="31"/>
        <source>Type a damaged barcode and press Enter (F2)</source>
        <translation>Hasarlı barkodu yazıp Enter&apos;a basın (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_panel.py" line="38"/>
        <source>Confirm selected line manually (Ctrl+M)</source>
        <translation>Seçili kalemi elle onayla (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_panel.py" line="46"/>
        <source>Barcode</source>
        <translation>Barkod</translation>
    </message>
    <message>
        <location filename="../../ui/pack/manual_panel.py" line="47"/>
        <source>Units, reason</source>
        <translation>Adet, neden</translation>
    </message>
</context>
<context>
    <name>OmsStuckPanel</name>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="45"/>
        <source>Reason (required to discard)</source>
        <translation>Neden (silmek için gerekli)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="46"/>
        <source>Retry selected</source>
        <translation>Seçileni tekrar dene</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="47"/>
        <source>Retry all</source>
        <translation>Tümünü tekrar dene</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="48"/>
        <source>Discard selected</source>
        <translation>Seçileni sil</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="49"/>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/oms_panel.py" line="80"/>
        <source>%n OMS command(s) need a supervisor.</source>
        <translation>
            <numerusform>%n OMS komutu süpervizör bekliyor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="83"/>
        <source>Every OMS command was accepted or is still on its way.</source>
        <translation>Tüm OMS komutları kabul edildi ya da yolda.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/oms_panel.py" line="93"/>
        <source>Choose a stuck OMS command first.</source>
        <translation>Önce takılan bir OMS komutu seçin.</translation>
    </message>
</context>
<context>
    <name>OperatorIndicator</name>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="32"/>
        <source>Switch operator</source>
        <translation>Personel değiştir</translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="37"/>
        <source>Sign out</source>
        <translation>Çıkış yap</translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="46"/>
        <source>Switch operator ({0})</source>
        <translation>Personel değiştir ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="60"/>
        <source>Station operator (no sign-in set up)</source>
        <translation>İstasyon personeli (giriş ayarlı değil)</translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="63"/>
        <source>No operators are configured: everyone acts as Station operator and may do everything. Add operators to require sign-in and supervisor approval.</source>
        <translation>Personel tanımlı değil: herkes İstasyon personeli olarak her şeyi yapabilir. Giriş ve süpervizör onayı istemek için personel ekleyin.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="68"/>
        <source>Nobody signed in</source>
        <translation>Giriş yapan yok</translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="71"/>
        <source>Signed in: {0} ({1})</source>
        <translation>Giriş yapan: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/signin/operator_indicator.py" line="72"/>
        <source>Operator id {0}</source>
        <translation>Personel no {0}</translation>
    </message>
</context>
<context>
    <name>OrderQueueModel</name>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="54"/>
        <source>Order no</source>
        <translation>Sipariş no</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="55"/>
        <source>Created</source>
        <translation>Oluşturuldu</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="56"/>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="57"/>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="58"/>
        <source>Lines / units</source>
        <translation>Kalem / adet</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="59"/>
        <source>COD amount</source>
        <translation>Kapıda ödeme</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="60"/>
        <source>Suggested carrier</source>
        <translation>Önerilen kargo</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="61"/>
        <source>Age</source>
        <translation>Bekleme</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="125"/>
        <source>min</source>
        <translation>dk</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="125"/>
        <source>h</source>
        <translation>sa</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="125"/>
        <source>d</source>
        <translation>g</translation>
    </message>
    <message>
        <location filename="../../ui/models/order_queue_model.py" line="143"/>
        <source>prepaid</source>
        <translation>ön ödemeli</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <location filename="../../ui/app.py" line="220"/>
        <source>A shipment is being created right now.</source>
        <translation>Şu anda bir gönderi oluşturuluyor.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="225"/>
        <source>Order {number} is open: {done} of {total} units scanned.</source>
        <translation>{number} siparişi açık: {total} adetten {done} adet okutuldu.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="62"/>
        <source>Reprinting the last label…</source>
        <translation>Son etiket yeniden yazdırılıyor…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="68"/>
        <source>Scanned {c} — no order is open; scan an order barcode to start</source>
        <translation>{c} okutuldu — açık sipariş yok; başlamak için sipariş barkodunu okutun</translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="82"/>
        <source>QTY: scan a number (1–999), then the item</source>
        <translation>QTY: bir sayı okutun (1–999), sonra ürünü</translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="89"/>
        <source>Scanned Number {n} — scan QTY first, then the number</source>
        <translation>Sayı {n} okundu — önce QTY, sonra sayıyı okutun</translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="108"/>
        <source>QTY {q}: the next item scan counts {q}</source>
        <translation>QTY {q}: sonraki ürün okutması {q} sayılır</translation>
    </message>
    <message>
        <location filename="../../ui/pack/command_barcodes.py" line="132"/>
        <source>Leave {n} without shipping? Scan CANCEL again or press Enter; any other scan keeps packing</source>
        <translation>{n} gönderilmeden bırakılsın mı? Tekrar CANCEL okutun ya da Enter&apos;a basın; başka bir okutma paketlemeye devam eder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="59"/>
        <source>Scan an order barcode to start packing</source>
        <translation>Paketlemeye başlamak için sipariş barkodunu okutun</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="191"/>
        <source>Left {n} without shipping — its scans are kept — scan the next order</source>
        <translation>{n} gönderilmeden bırakıldı — okutmalar saklandı — sonraki siparişi okutun</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="259"/>
        <source>{n} is already open — keep scanning its items</source>
        <translation>{n} zaten açık — ürünlerini okutmaya devam edin</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="260"/>
        <source>Scanned order {c} — finish or cancel {n} first</source>
        <translation>{c} siparişi okutuldu — önce {n} siparişini bitirin ya da iptal edin</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="279"/>
        <source>Box {n}{p} is now current — scan its items</source>
        <translation>Şimdi koli {n}{p} açık — ürünlerini okutun</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="312"/>
        <source>Open an order and select a line to confirm first</source>
        <translation>Önce bir sipariş açıp onaylanacak kalemi seçin</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="315"/>
        <source>Type a reason for the audit log first</source>
        <translation>Önce denetim kaydı için bir neden yazın</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pack_page.py" line="367"/>
        <source>{n} packed and its label printed — scan the next order</source>
        <translation>{n} paketlendi ve etiketi basıldı — sonraki siparişi okutun</translation>
    </message>
    <message>
        <location filename="../../ui/pack/wording.py" line="22"/>
        <source>Every item of this order is already verified</source>
        <translation>Bu siparişin tüm ürünleri zaten okutuldu</translation>
    </message>
    <message>
        <location filename="../../ui/pack/wording.py" line="24"/>
        <source>{n} more of {name}</source>
        <translation>{name}: {n} adet daha</translation>
    </message>
    <message>
        <location filename="../../ui/pack/wording.py" line="29"/>
        <source>1 other item</source>
        <translation>1 ürün daha</translation>
    </message>
    <message>
        <location filename="../../ui/pack/wording.py" line="31"/>
        <source>{n} other items</source>
        <translation>{n} ürün daha</translation>
    </message>
    <message>
        <location filename="../../ui/pack/wording.py" line="34"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/pack/wording.py" line="35"/>
        <source> and </source>
        <translation> ve </translation>
    </message>
    <message>
        <location filename="../../ui/pack/wording.py" line="36"/>
        <source>This order needs {items}</source>
        <translation>Bu siparişte eksik: {items}</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="92"/>
        <source>Complete (Enter / F12 / scan COMPLETE)</source>
        <translation>Bitir (Enter / F12 / COMPLETE okut)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="130"/>
        <source>No order open</source>
        <translation>Açık sipariş yok</translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="150"/>
        <source>Ready to complete</source>
        <translation>Bitirmeye hazır</translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="152"/>
        <source>Not ready: {r}</source>
        <translation>Hazır değil: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="158"/>
        <source>COD {amount}</source>
        <translation>Kapıda ödeme {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="162"/>
        <source>prepaid</source>
        <translation>ön ödemeli</translation>
    </message>
    <message>
        <location filename="../../ui/pack/pack_view.py" line="166"/>
        <source>units</source>
        <translation>adet</translation>
    </message>
</context>
<context>
    <name>PrinterTestPanel</name>
    <message>
        <location filename="../../ui/printing/test_print.py" line="56"/>
        <location filename="../../ui/printing/test_print.py" line="85"/>
        <source>Label printer</source>
        <translation>Etiket yazıcısı</translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="56"/>
        <location filename="../../ui/printing/test_print.py" line="85"/>
        <source>Slip printer</source>
        <translation>Fiş yazıcısı</translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="59"/>
        <source>Not checked yet.</source>
        <translation>Henüz kontrol edilmedi.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="62"/>
        <source>Check</source>
        <translation>Kontrol et</translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="64"/>
        <source>Test print</source>
        <translation>Deneme baskısı</translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="96"/>
        <source>Checking…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="107"/>
        <source>Printing a test page…</source>
        <translation>Deneme sayfası yazdırılıyor…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/test_print.py" line="124"/>
        <source>Test page printed: {0}</source>
        <translation>Deneme sayfası yazdırıldı: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="23"/>
        <source>in progress…</source>
        <translation>sürüyor…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="24"/>
        <source>done</source>
        <translation>tamam</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="25"/>
        <source>failed</source>
        <translation>başarısız</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="26"/>
        <source>waiting</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="29"/>
        <source>create shipment</source>
        <translation>gönderi oluştur</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="30"/>
        <source>fetch label</source>
        <translation>etiketi al</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="31"/>
        <source>print label</source>
        <translation>etiketi yazdır</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="32"/>
        <source>print packing slip</source>
        <translation>paket fişini yazdır</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="33"/>
        <source>OMS packed</source>
        <translation>OMS: paketlendi</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="34"/>
        <source>OMS shipment info</source>
        <translation>OMS: gönderi bilgisi</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="35"/>
        <source>OMS shipped</source>
        <translation>OMS: kargoya verildi</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="49"/>
        <source>Shipping</source>
        <translation>Gönderim</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="69"/>
        <source>Shipping {ref}…</source>
        <translation>{ref} gönderiliyor…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/progress_panel.py" line="90"/>
        <source>Shipping stopped without saying why</source>
        <translation>Gönderim nedeni belirtilmeden durdu</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="181"/>
        <source>Filter: order no, customer, city or SKU  (Ctrl+F or /)</source>
        <translation>Filtre: sipariş no, müşteri, şehir ya da SKU  (Ctrl+F ya da /)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="184"/>
        <source>Refresh (F5)</source>
        <translation>Yenile (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="186"/>
        <source>Not loaded yet</source>
        <translation>Henüz yüklenmedi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="275"/>
        <source>Last updated {time}</source>
        <translation>Son güncelleme {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="285"/>
        <source>{count} order(s) could not be read: {first}</source>
        <translation>{count} sipariş okunamadı: {first}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="289"/>
        <source> (and {more} more — hover for all)</source>
        <translation> (ve {more} tane daha — hepsi için üzerine gelin)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="303"/>
        <source>{shown} of {total} orders</source>
        <translation>{total} siparişten {shown}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="305"/>
        <source>{total} orders</source>
        <translation>{total} sipariş</translation>
    </message>
</context>
<context>
    <name>Refresher</name>
    <message>
        <location filename="../../ui/refresh.py" line="100"/>
        <source>Refreshing…</source>
        <translation>Yenileniyor…</translation>
    </message>
    <message>
        <location filename="../../ui/refresh.py" line="104"/>
        <source>Offline — retrying in {seconds} s: {error} Press F5 to retry now.</source>
        <translation>Bağlantı yok — {seconds} sn sonra tekrar denenecek: {error} Şimdi denemek için F5&apos;e basın.</translation>
    </message>
</context>
<context>
    <name>ReprintPage</name>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="130"/>
        <source>Order number, AWB or shipment id — Enter</source>
        <translation>Sipariş no, AWB ya da gönderi no — Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="133"/>
        <source>All documents</source>
        <translation>Tüm belgeler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="136"/>
        <source>Dates</source>
        <translation>Tarihler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="142"/>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="182"/>
        <source>Choose a reason…</source>
        <translation>Bir neden seçin…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="187"/>
        <source>More words (required for Other)</source>
        <translation>Açıklama (Diğer için gerekli)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="188"/>
        <source>Reprint (Ctrl+P)</source>
        <translation>Yeniden yazdır (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="191"/>
        <source>Retry</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="195"/>
        <source>Search by order number or AWB, or by dates.</source>
        <translation>Sipariş no ya da AWB ile veya tarihe göre arayın.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="204"/>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="207"/>
        <source>Reprint centre</source>
        <translation>Yeniden yazdırma merkezi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="232"/>
        <source>Type an order number or AWB, or tick Dates to search by day.</source>
        <translation>Sipariş no ya da AWB yazın veya güne göre aramak için Tarihler&apos;i işaretleyin.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="234"/>
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="246"/>
        <source>those dates</source>
        <translation>bu tarihler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="249"/>
        <source>Nothing archived matches {0} (order number, AWB and shipment id must match exactly).</source>
        <translation>Arşivde {0} ile eşleşen yok (sipariş no, AWB ve gönderi no tam eşleşmeli).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="255"/>
        <source>{0} document(s) found. Select one and press Ctrl+P.</source>
        <translation>{0} belge bulundu. Birini seçip Ctrl+P&apos;ye basın.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="287"/>
        <source>Never printed.</source>
        <translation>Hiç yazdırılmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="293"/>
        <source>Select a document to reprint first.</source>
        <translation>Önce yeniden yazdırılacak belgeyi seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="303"/>
        <source>Reprinting…</source>
        <translation>Yeniden yazdırılıyor…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="342"/>
        <source>Retrying…</source>
        <translation>Tekrar deneniyor…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reprint_page.py" line="365"/>
        <source>Reprinted: {0}</source>
        <translation>Yeniden yazdırıldı: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="44"/>
        <source>AWB label</source>
        <translation>AWB etiketi</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="45"/>
        <source>Return label</source>
        <translation>İade etiketi</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="46"/>
        <source>Packing slip</source>
        <translation>Paket fişi</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="47"/>
        <source>Return receipt</source>
        <translation>İade fişi</translation>
    </message>
    <message>
        <location filename="../../ui/models/archive_model.py" line="48"/>
        <source>Handover report</source>
        <translation>Teslim tutanağı</translation>
    </message>
    <message>
        <location filename="../../ui/printing/reprint_job.py" line="23"/>
        <source>Label damaged or smudged</source>
        <translation>Etiket hasarlı ya da silik</translation>
    </message>
    <message>
        <location filename="../../ui/printing/reprint_job.py" line="24"/>
        <source>Printer jammed or ran out of labels</source>
        <translation>Yazıcı sıkıştı ya da etiket bitti</translation>
    </message>
    <message>
        <location filename="../../ui/printing/reprint_job.py" line="25"/>
        <source>Label lost before dispatch</source>
        <translation>Etiket çıkıştan önce kayboldu</translation>
    </message>
    <message>
        <location filename="../../ui/printing/reprint_job.py" line="26"/>
        <source>Printed on the wrong printer</source>
        <translation>Yanlış yazıcıdan çıktı</translation>
    </message>
    <message>
        <location filename="../../ui/printing/reprint_job.py" line="27"/>
        <source>Carrier asked for a new label</source>
        <translation>Kargo firması yeni etiket istedi</translation>
    </message>
    <message>
        <location filename="../../ui/printing/reprint_job.py" line="28"/>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="46"/>
        <source>Damaged</source>
        <translation>Hasarlı</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="47"/>
        <source>Wrong item sent</source>
        <translation>Yanlış ürün gönderildi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="48"/>
        <source>Not as described</source>
        <translation>Açıklamaya uymuyor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="49"/>
        <source>Size or fit</source>
        <translation>Beden ya da kalıp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="50"/>
        <source>No longer needed</source>
        <translation>Artık istenmiyor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="75"/>
        <source>Scan or type the AWB or order number</source>
        <translation>AWB ya da sipariş no okutun veya yazın</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="77"/>
        <location filename="../../ui/pages/returns_page.py" line="276"/>
        <source>Scan the AWB or the order barcode of the parcel.</source>
        <translation>Paketin AWB&apos;sini ya da sipariş barkodunu okutun.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="92"/>
        <source>Create return (Ctrl+Enter)</source>
        <translation>İade oluştur (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="94"/>
        <source>New return (Esc)</source>
        <translation>Yeni iade (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="103"/>
        <source>Reason (Alt+1…9):</source>
        <translation>Neden (Alt+1…9):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="146"/>
        <source>Looking up {code}…</source>
        <translation>{code} aranıyor…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="159"/>
        <source>No shipment found for {code}. Check the number on the parcel or the customer&apos;s receipt, or search by order number.</source>
        <translation>{code} için gönderi bulunamadı. Paketteki ya da müşteri fişindeki numarayı kontrol edin veya sipariş no ile arayın.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="174"/>
        <source>Order {number} · {provider} shipment {sid} · AWB {awb}{more}</source>
        <translation>Sipariş {number} · {provider} gönderisi {sid} · AWB {awb}{more}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="179"/>
        <source> ({n} more found)</source>
        <translation> ({n} tane daha bulundu)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="183"/>
        <source>Scan each item coming back.</source>
        <translation>Geri gelen her ürünü okutun.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="206"/>
        <source>Reason: {reason}</source>
        <translation>Neden: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="207"/>
        <source>Scan an item first, then choose its reason.</source>
        <translation>Önce ürünü okutun, sonra nedenini seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="211"/>
        <source>Scan the parcel&apos;s AWB or order barcode first.</source>
        <translation>Önce paketin AWB&apos;sini ya da sipariş barkodunu okutun.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="217"/>
        <source>Creating the return…</source>
        <translation>İade oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="236"/>
        <source>Return {rid} booked; label and receipt printed. Hand the receipt to the customer.</source>
        <translation>{rid} iadesi kaydedildi; etiket ve fiş basıldı. Fişi müşteriye verin.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns_page.py" line="264"/>
        <source>Order {o} has counted items ({n}): press Esc again to discard them, or Ctrl+Return to create the return.</source>
        <translation>{o} siparişinde sayılmış ürün var ({n}): silmek için tekrar Esc&apos;ye, iadeyi oluşturmak için Ctrl+Return&apos;e basın.</translation>
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
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="33"/>
        <source>Shipped</source>
        <translation>Gönderilen</translation>
    </message>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="39"/>
        <source>Returned earlier</source>
        <translation>Önceden iade</translation>
    </message>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="45"/>
        <source>Coming back</source>
        <translation>Şimdi gelen</translation>
    </message>
    <message>
        <location filename="../../ui/returns/lines_model.py" line="51"/>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="15"/>
        <location filename="../../ui/supervisor/open_jobs_model.py" line="15"/>
        <location filename="../../ui/supervisor/parcels_model.py" line="37"/>
        <location filename="../../ui/supervisor/shipments_model.py" line="15"/>
        <source>Order no</source>
        <translation>Sipariş no</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="16"/>
        <location filename="../../ui/supervisor/shipments_model.py" line="16"/>
        <source>Provider</source>
        <translation>Sağlayıcı</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="18"/>
        <source>What</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="21"/>
        <location filename="../../ui/supervisor/open_jobs_model.py" line="19"/>
        <source>Since</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="25"/>
        <source>By</source>
        <translation>Yapan</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/in_doubt_model.py" line="26"/>
        <source>What went wrong</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/open_jobs_model.py" line="16"/>
        <source>Job</source>
        <translation>İş</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/open_jobs_model.py" line="17"/>
        <source>Left by</source>
        <translation>Bırakan</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/open_jobs_model.py" line="24"/>
        <source>Done so far</source>
        <translation>Yapılan</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/parcels_model.py" line="27"/>
        <source>prepaid</source>
        <translation>ön ödemeli</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/parcels_model.py" line="32"/>
        <source>On handover</source>
        <translation>Teslimde</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/parcels_model.py" line="36"/>
        <location filename="../../ui/supervisor/shipments_model.py" line="21"/>
        <source>AWB</source>
        <translation>AWB</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/parcels_model.py" line="39"/>
        <source>Weight kg</source>
        <translation>Ağırlık kg</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/parcels_model.py" line="45"/>
        <source>COD</source>
        <translation>Kapıda ödeme</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/shipments_model.py" line="18"/>
        <source>Shipment id</source>
        <translation>Gönderi no</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/shipments_model.py" line="24"/>
        <source>Carrier</source>
        <translation>Kargo firması</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/shipments_model.py" line="27"/>
        <location filename="../../ui/supervisor/tracking_model.py" line="24"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/tracking_model.py" line="21"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/tracking_model.py" line="27"/>
        <source>What happened</source>
        <translation>Ne oldu</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/tracking_model.py" line="30"/>
        <source>Where</source>
        <translation>Yer</translation>
    </message>
</context>
<context>
    <name>ScaleControl</name>
    <message>
        <location filename="../../ui/pack/scale_control.py" line="133"/>
        <source>{reading} · weight locked (F4 follows the scale)</source>
        <translation>{reading} · ağırlık kilitli (F4 teraziyi izler)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/scale_control.py" line="135"/>
        <source>Scale: {reading} (F4 locks the weight)</source>
        <translation>Terazi: {reading} (F4 ağırlığı kilitler)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="32"/>
        <source>Station</source>
        <translation>İstasyon</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34"/>
        <source>Connections</source>
        <translation>Bağlantılar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="37"/>
        <source>Printing</source>
        <translation>Yazdırma</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>Scanner &amp;&amp; packing</source>
        <translation>Okuyucu &amp;&amp; paketleme</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>Operators</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>Language: empty = the system&apos;s, en = English, ar = Arabic (right to left), tr = Turkish. On Save the menu, the navigation and the layout direction change at once; the words on each page change after a restart.</source>
        <translation>Dil: boş = sistemin dili, en = İngilizce, ar = Arapça (sağdan sola), tr = Türkçe. Kaydet&apos;e basınca menü, gezinme ve yazı yönü hemen değişir; sayfalardaki yazılar yeniden başlatınca değişir.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <source>Credentials</source>
        <translation>Erişim bilgileri</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>set</source>
        <translation>kayıtlı</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>not set</source>
        <translation>kayıtlı değil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="170"/>
        <source>%n setting(s) need attention before saving.</source>
        <translation>
            <numerusform>Kaydetmeden önce %n ayara bakılmalı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="180"/>
        <source>Credentials could not be saved; nothing was written.</source>
        <translation>Erişim bilgileri kaydedilemedi; hiçbir şey yazılmadı.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/app.py" line="81"/>
        <source>Demo credentials, held in memory only</source>
        <translation>Demo erişim bilgileri, yalnızca bellekte</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="82"/>
        <source>No OS keyring available</source>
        <translation>İşletim sisteminde anahtar zinciri yok</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="123"/>
        <source>demo configuration (not saved)</source>
        <translation>demo ayarları (kaydedilmez)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="128"/>
        <source>Configuration: {source}
Orders from: {orders}; ship with: {ship}; status to: {status}
Credentials: {credentials}
Data folder: {folder}</source>
        <translation>Ayarlar: {source}
Siparişler: {orders}; kargo: {ship}; durum: {status}
Erişim bilgileri: {credentials}
Veri klasörü: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Open settings…</source>
        <translation>Ayarları aç…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="49"/>
        <location filename="../../ui/signin/signin_dialog.py" line="74"/>
        <source>Sign in</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="49"/>
        <source>Switch operator</source>
        <translation>Personel değiştir</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="53"/>
        <source>Anyone — a PIN alone is enough</source>
        <translation>Herkes — yalnızca PIN yeterli</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="58"/>
        <source>{0} ({1}) — recent</source>
        <translation>{0} ({1}) — son</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="64"/>
        <source>Scan your badge, or type your PIN and press Enter.</source>
        <translation>Kartınızı okutun ya da PIN&apos;inizi yazıp Enter&apos;a basın.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="66"/>
        <source>Next operator: scan your badge, or type your PIN and press Enter.</source>
        <translation>Sıradaki personel: kartınızı okutun ya da PIN&apos;inizi yazıp Enter&apos;a basın.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="78"/>
        <source>Quit Packstation</source>
        <translation>Packstation&apos;dan çık</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="78"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="85"/>
        <source>Operator</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../ui/signin/signin_dialog.py" line="86"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>StationRates</name>
    <message>
        <location filename="../../ui/station_rates.py" line="50"/>
        <source>{who} chooses</source>
        <translation>{who} seçer</translation>
    </message>
</context>
<context>
    <name>StationUi</name>
    <message>
        <location filename="../../ui/compose.py" line="230"/>
        <source>OMS commands</source>
        <translation>OMS komutları</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="286"/>
        <source>Reprinted: {where}</source>
        <translation>Yeniden yazdırıldı: {where}</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="330"/>
        <source>Scanned {code}: no order with that number is ready for packing</source>
        <translation>{code} okutuldu: bu numarayla paketlemeye hazır sipariş yok</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="337"/>
        <source>{name} may not pack orders; sign in as a packer</source>
        <translation>{name} sipariş paketleyemez; paketleyici olarak giriş yapın</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="358"/>
        <source>{said}. Next: {next} — scan its items, or scan the order in hand</source>
        <translation>{said}. Sıradaki: {next} — ürünlerini okutun ya da elinizdeki siparişi okutun</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="385"/>
        <source>Reprinted the last label: {where}</source>
        <translation>Son etiket yeniden basıldı: {where}</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="389"/>
        <source>Could not reprint the last label: {why}</source>
        <translation>Son etiket yeniden basılamadı: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="24"/>
        <source>packer</source>
        <translation>paketleyici</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="25"/>
        <source>supervisor</source>
        <translation>süpervizör</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="26"/>
        <source>counter</source>
        <translation>iade sayıcı</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="27"/>
        <source>nobody</source>
        <translation>kimse</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="55"/>
        <source> or </source>
        <translation> ya da </translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="56"/>
        <source>{name} ({role}) may not open {page}: a {allowed} can — switch operator with Ctrl+Shift+O</source>
        <translation>{name} ({role}) {page} sayfasını açamaz: {allowed} açabilir — Ctrl+Shift+O ile personel değiştirin</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="78"/>
        <source>OMS queue: {n} waiting</source>
        <translation>OMS sırası: {n} bekliyor</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="80"/>
        <source>OMS queue: empty</source>
        <translation>OMS sırası: boş</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="82"/>
        <source>{n} need a supervisor</source>
        <translation>{n} süpervizör bekliyor</translation>
    </message>
    <message>
        <location filename="../../ui/station_rules.py" line="102"/>
        <source>{number} shipped: AWB {awb} with {carrier}, label printed</source>
        <translation>{number} gönderildi: AWB {awb}, {carrier} ile; etiket yazdırıldı</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="79"/>
        <source>Scan or type an AWB, order or shipment</source>
        <translation>AWB, sipariş ya da gönderi okutun veya yazın</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="81"/>
        <source>Why (required for every action)</source>
        <translation>Neden (her işlem için gerekli)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="82"/>
        <source>Shipment id the provider shows</source>
        <translation>Sağlayıcının gösterdiği gönderi no</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="83"/>
        <source>I checked: the provider has no shipment for it</source>
        <translation>Kontrol ettim: sağlayıcıda bunun gönderisi yok</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="88"/>
        <source>Cancel shipment (Ctrl+K)</source>
        <translation>Gönderiyi iptal et (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="89"/>
        <source>Track (Ctrl+T)</source>
        <translation>Takip et (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="90"/>
        <source>DS retry (Ctrl+R)</source>
        <translation>DS tekrar dene (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="91"/>
        <source>Ship again (Ctrl+G)</source>
        <translation>Yeniden gönder (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="92"/>
        <source>Look up (Ctrl+L)</source>
        <translation>Sorgula (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="93"/>
        <source>Mark created (Ctrl+M)</source>
        <translation>Oluşturuldu say (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="94"/>
        <source>Create again (Ctrl+E)</source>
        <translation>Yeniden oluştur (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="95"/>
        <source>Release order (Ctrl+D)</source>
        <translation>Siparişi serbest bırak (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="117"/>
        <source>Shipment id:</source>
        <translation>Gönderi no:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="129"/>
        <source>Shipments</source>
        <translation>Gönderiler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="130"/>
        <source>Outcome unknown</source>
        <translation>Sonucu belirsiz</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="131"/>
        <source>Open jobs</source>
        <translation>Açık işler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="134"/>
        <source>Reason:</source>
        <translation>Neden:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="153"/>
        <source>Looking up {code}…</source>
        <translation>{code} aranıyor…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="157"/>
        <source>No shipment found for {code}.</source>
        <translation>{code} için gönderi bulunamadı.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="161"/>
        <source>{n} shipment(s) found for {code}.</source>
        <translation>{code} için {n} gönderi bulundu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="169"/>
        <source>Select a row first.</source>
        <translation>Önce bir satır seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="184"/>
        <source>Shipment {sid} cancelled (approved by {who}).</source>
        <translation>{sid} gönderisi iptal edildi (onaylayan: {who}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="195"/>
        <source>Order {n} may be shipped again: open it on the pack screen.</source>
        <translation>{n} siparişi yeniden gönderilebilir: paketleme ekranında açın.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="202"/>
        <source>Shipped</source>
        <translation>Gönderilen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="202"/>
        <source>Packed</source>
        <translation>Paketlendi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="204"/>
        <source>The OMS still shows order {n} as {s} with the cancelled AWB: it has no cancel command. Ship the order again to send the new AWB, or set it right in the OMS.</source>
        <translation>OMS, {n} siparişini hâlâ iptal edilen AWB ile {s} olarak gösteriyor: OMS&apos;de iptal komutu yok. Yeni AWB&apos;yi göndermek için siparişi yeniden gönderin veya OMS&apos;de düzeltin.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="215"/>
        <source>{sid}: {status}</source>
        <translation>{sid}: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="225"/>
        <source>Delivery Solutions placed {sid} again: {status}.</source>
        <translation>Delivery Solutions {sid} gönderisini yeniden oluşturdu: {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="236"/>
        <source>{p} has no shipment for {n}: you may create it again.</source>
        <translation>{p} tarafında {n} için gönderi yok: yeniden oluşturabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="240"/>
        <source>{p} has shipment {sid} for {n}: mark it created.</source>
        <translation>{p} tarafında {n} için {sid} gönderisi var: oluşturuldu olarak işaretleyin.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="252"/>
        <source>{n} recorded as created: {sid}.</source>
        <translation>{n} oluşturuldu olarak kaydedildi: {sid}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="262"/>
        <source>{n} created again: {sid}.</source>
        <translation>{n} yeniden oluşturuldu: {sid}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervisor_page.py" line="271"/>
        <source>Order {n} released (approved by {who}).</source>
        <translation>{n} siparişi serbest bırakıldı (onaylayan: {who}).</translation>
    </message>
</context>
</TS>
