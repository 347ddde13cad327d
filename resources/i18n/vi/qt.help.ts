<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.help</name>
    <message>
        <source>deskdl Guide</source>
        <translation>Hướng dẫn deskdl</translation>
    </message>
    <message>
        <source>About deskdl</source>
        <translation>Giới thiệu deskdl</translation>
    </message>
    <message>
        <source>The guide file {path} is missing, so the guide cannot be shown. Reinstall deskdl to get it back.</source>
        <translation>Thiếu tệp hướng dẫn {path}, nên không thể hiện hướng dẫn. Hãy cài lại deskdl để có lại tệp này.</translation>
    </message>
    <message>
        <source>not loaded yet (they load in the background after the window opens)</source>
        <translation>chưa được tải (chúng được tải ở chế độ nền sau khi cửa sổ mở)</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>giấy phép MIT</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>| What | Keys |</source>
        <translation>| Việc | Phím |</translation>
    </message>
    <message>
        <source>Settings (window layout, recent projects, theme)</source>
        <translation>Cài đặt (bố cục cửa sổ, dự án gần đây, chủ đề màu)</translation>
    </message>
    <message>
        <source>Recovery copies of unsaved work</source>
        <translation>Bản sao khôi phục của phần việc chưa lưu</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Tệp nhật ký</translation>
    </message>
    <message>
        <source>Downloaded Keras data sets</source>
        <translation>Các tập dữ liệu Keras đã tải về</translation>
    </message>
    <message>
        <source>Templates and bundled data (read only)</source>
        <translation>Mẫu và dữ liệu đi kèm (chỉ đọc)</translation>
    </message>
    <message>
        <source>Keras and TensorFlow: {state}</source>
        <translation>Keras và TensorFlow: {state}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Build, train and look inside real Keras models.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Xây dựng, huấn luyện và nhìn vào bên trong những mô hình Keras thật.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;deskdl is free software under the {licence}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;deskdl là phần mềm tự do theo {licence}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bundled data:&lt;/b&gt; the 8x8 handwritten digits are the UCI &lt;i&gt;Optical Recognition of Handwritten Digits&lt;/i&gt; data set by E. Alpaydin and C. Kaynak (Bogazici University, 1998), UCI Machine Learning Repository, &lt;a href=&quot;https://doi.org/10.24432/C50P49&quot;&gt;doi:10.24432/C50P49&lt;/a&gt;, used under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt; (values unchanged; stored as a NumPy file).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dữ liệu đi kèm:&lt;/b&gt; các chữ số viết tay 8x8 là tập dữ liệu UCI &lt;i&gt;Optical Recognition of Handwritten Digits&lt;/i&gt; của E. Alpaydin và C. Kaynak (Đại học Bogazici, 1998), UCI Machine Learning Repository, &lt;a href=&quot;https://doi.org/10.24432/C50P49&quot;&gt;doi:10.24432/C50P49&lt;/a&gt;, dùng theo giấy phép &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt; (giữ nguyên các giá trị; lưu thành một tệp NumPy).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Keras, TensorFlow, NumPy, Qt (PySide6) and pyqtgraph.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Được xây dựng với Keras, TensorFlow, NumPy, Qt (PySide6) và pyqtgraph.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>What each tab does, the shortcuts, and where deskdl keeps its files</source>
        <translation>Mỗi thẻ làm gì, các phím tắt, và deskdl lưu tệp của nó ở đâu</translation>
    </message>
    <message>
        <source>Gradients through time…</source>
        <translation>Gradient qua thời gian…</translation>
    </message>
    <message>
        <source>A demonstration: why a SimpleRNN forgets over long sequences, and what clipping and an LSTM change</source>
        <translation>Một minh họa: vì sao SimpleRNN quên dần trên những chuỗi dài, và việc cắt gradient (clipping) hay dùng LSTM thay đổi điều gì</translation>
    </message>
    <message>
        <source>Version, licence and credits</source>
        <translation>Phiên bản, giấy phép và ghi công</translation>
    </message>
</context>
</TS>
