<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.data_panel</name>
    <message>
        <source>Not on this computer yet. Import the file you have, or Download it (needs internet).</source>
        <translation>Chưa có trên máy này. Hãy nhập tệp bạn có, hoặc Tải về (cần internet).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>The data fits the model and the training settings.</source>
        <translation>Dữ liệu khớp với mô hình và cài đặt huấn luyện.</translation>
    </message>
    <message>
        <source>Training: &lt;b&gt;{train}&lt;/b&gt; (of which validation: &lt;b&gt;{val}&lt;/b&gt;) · test: &lt;b&gt;{test}&lt;/b&gt;</source>
        <translation>Huấn luyện: &lt;b&gt;{train}&lt;/b&gt; (trong đó kiểm định: &lt;b&gt;{val}&lt;/b&gt;) · kiểm tra: &lt;b&gt;{test}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Downloaded {title}.</source>
        <translation>Đã tải về {title}.</translation>
    </message>
    <message>
        <source>Could not download: {msg}</source>
        <translation>Không tải về được: {msg}</translation>
    </message>
    <message>
        <source>This project learns from this data set (bold in the list).</source>
        <translation>Dự án này học từ tập dữ liệu này (in đậm trong danh sách).</translation>
    </message>
    <message>
        <source>You are looking at {title}. This project still learns from {current}: press “Use this data set” to learn from {title} instead.</source>
        <translation>Bạn đang xem {title}. Dự án này vẫn học từ {current}: nhấn “Dùng tập dữ liệu này” để học từ {title}.</translation>
    </message>
    <message>
        <source>Use this data set</source>
        <translation>Dùng tập dữ liệu này</translation>
    </message>
    <message>
        <source>Make this data set (with the settings above) the one the project trains and tests on.</source>
        <translation>Đặt tập dữ liệu này (với cài đặt ở trên) làm tập mà dự án huấn luyện và kiểm tra.</translation>
    </message>
    <message>
        <source>Download or import this data set first; then it can be used.</source>
        <translation>Hãy tải về hoặc nhập tập dữ liệu này trước; sau đó mới dùng được.</translation>
    </message>
    <message>
        <source>Styles: {rare} of the {n} training pictures ({share:.1f} %) are {name}, framed in orange in the last row; the test part has {test_rare} {name} pictures of {n_test}, so the accuracy on each style can be measured. No label says which style a picture has.</source>
        <translation>Kiểu ảnh: {rare} trong {n} ảnh huấn luyện ({share:.1f} %) thuộc kiểu {name}, có viền cam ở hàng cuối; phần kiểm tra có {test_rare} ảnh kiểu {name} trong {n_test} ảnh, nên đo được độ chính xác trên từng kiểu. Không nhãn nào cho biết một ảnh thuộc kiểu nào.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <source>Bring in a file you already have (e.g. mnist.npz); nothing is downloaded.</source>
        <translation>Đưa vào một tệp bạn đã có (ví dụ mnist.npz); không tải gì về.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <source>Fetch the data set from the internet into the Keras cache.</source>
        <translation>Tải tập dữ liệu từ internet vào bộ đệm của Keras.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Examples&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mẫu dữ liệu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mismatches between this data, the model on the Build tab and the training settings, each with a fix.</source>
        <translation>Những chỗ không khớp giữa dữ liệu này, mô hình ở thẻ Xây dựng và cài đặt huấn luyện, mỗi chỗ kèm cách sửa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Does it fit the model?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Có khớp với mô hình không?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Source: {credit}</source>
        <translation>Nguồn: {credit}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Folder with one sub-folder per class</source>
        <translation>Thư mục có một thư mục con cho mỗi lớp</translation>
    </message>
    <message>
        <source>Choose a CSV table</source>
        <translation>Chọn một bảng CSV</translation>
    </message>
    <message>
        <source>CSV tables (*.csv);;All (*)</source>
        <translation>Bảng CSV (*.csv);;Tất cả (*)</translation>
    </message>
    <message>
        <source>Choose a file or folder in the settings above.</source>
        <translation>Hãy chọn một tệp hoặc thư mục trong cài đặt ở trên.</translation>
    </message>
    <message>
        <source>Reading pictures needs TensorFlow, which is still loading…</source>
        <translation>Đọc ảnh cần TensorFlow, mà nó vẫn đang tải…</translation>
    </message>
    <message>
        <source>Could not check the fit: {error}</source>
        <translation>Không kiểm tra được độ khớp: {error}</translation>
    </message>
    <message>
        <source>Import {title}</source>
        <translation>Nhập {title}</translation>
    </message>
    <message>
        <source>Data files (*.npz *.gz *.tar.gz *.tgz);;All (*)</source>
        <translation>Tệp dữ liệu (*.npz *.gz *.tar.gz *.tgz);;Tất cả (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Nhập không thành công</translation>
    </message>
    <message>
        <source>{done:.1f} / {total:.1f} MB</source>
        <translation>{done:.1f} / {total:.1f} MB</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Tải về không thành công</translation>
    </message>
</context>
</TS>
