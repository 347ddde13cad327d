<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.pretrained_dialog</name>
    <message>
        <source>Pretrained weights</source>
        <translation>Trọng số huấn luyện sẵn</translation>
    </message>
    <message>
        <source>A pretrained base (the PretrainedBase layer) starts from the weights Keras trained on ImageNet photos, when their file is in the Keras cache: {dir}. deskdl never downloads on its own. Without the file, the base starts from random weights: it knows nothing yet, and freezing it leaves the new head only random features to learn from. A lab admin can copy the files in (Import file), or you can download one here (Download, needs internet).</source>
        <translation>Một phần nền đã huấn luyện sẵn (lớp PretrainedBase) bắt đầu từ các trọng số mà Keras đã huấn luyện trên ảnh ImageNet, khi tệp của chúng có trong bộ nhớ đệm của Keras: {dir}. deskdl không bao giờ tự tải về. Không có tệp này, phần nền bắt đầu từ trọng số ngẫu nhiên: nó chưa biết gì cả, và nếu đóng băng nó thì phần đầu mới chỉ có những đặc trưng ngẫu nhiên để học. Người quản trị phòng máy có thể chép các tệp vào (Nhập tệp), hoặc bạn có thể tải một tệp về ở đây (Tải về, cần internet).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no: random weights</source>
        <translation>không: trọng số ngẫu nhiên</translation>
    </message>
    <message>
        <source>Pick a model in the list first.</source>
        <translation>Hãy chọn một mô hình trong danh sách trước.</translation>
    </message>
    <message>
        <source>Downloading {file} for {name} from {url} …</source>
        <translation>Đang tải {file} cho {name} từ {url} …</translation>
    </message>
    <message>
        <source>{name}: the ImageNet weights are in the cache now ({path}).</source>
        <translation>{name}: trọng số ImageNet giờ đã có trong bộ nhớ đệm ({path}).</translation>
    </message>
    <message>
        <source>{name}: imported into the cache as {path}.</source>
        <translation>{name}: đã nhập vào bộ nhớ đệm thành {path}.</translation>
    </message>
    <message>
        <source>the download was cancelled</source>
        <translation>việc tải về đã bị hủy</translation>
    </message>
    <message>
        <source>the download failed: {error}</source>
        <translation>tải về không thành công: {error}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>In the Keras cache</source>
        <translation>Có trong bộ nhớ đệm Keras</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <source>Copy a weights file someone gave you into the Keras cache, under the name Keras looks for (its checksum is checked)</source>
        <translation>Chép một tệp trọng số ai đó đưa bạn vào bộ nhớ đệm của Keras, dưới đúng tên Keras tìm (mã kiểm tra checksum của nó được kiểm tra)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <source>Fetch the selected model&apos;s ImageNet weights (no top) from Keras&apos;s server into the Keras cache, checking the checksum</source>
        <translation>Tải trọng số ImageNet của mô hình đang chọn (không kèm phần đầu phân loại, no top) từ máy chủ của Keras vào bộ nhớ đệm của Keras, có kiểm tra checksum</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Hủy tải về</translation>
    </message>
    <message>
        <source>Weights file for {name}</source>
        <translation>Tệp trọng số cho {name}</translation>
    </message>
    <message>
        <source>Keras weights (*.h5 *.keras);;All files (*)</source>
        <translation>Trọng số Keras (*.h5 *.keras);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>{done} of {total} MB</source>
        <translation>{done} / {total} MB</translation>
    </message>
    <message>
        <source>{done} MB</source>
        <translation>{done} MB</translation>
    </message>
</context>
</TS>
