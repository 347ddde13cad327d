<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.summary</name>
    <message>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Kích thước đầu ra</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <source>Total parameters: {total:,}   ·   trainable: {trainable:,}   ·   non-trainable: {non:,}</source>
        <translation>Tổng số tham số: {total:,}   ·   huấn luyện được: {trainable:,}   ·   không huấn luyện: {non:,}</translation>
    </message>
    <message>
        <source>Some shapes are unknown until the problems are fixed; totals count the known layers.</source>
        <translation>Còn vài kích thước chưa biết cho đến khi sửa xong các vấn đề; các tổng chỉ tính những lớp đã biết.</translation>
    </message>
    <message>
        <source>Cost: {macs} multiply-adds per example; a training step on a batch of {batch} needs about {need} (more in the tooltip).</source>
        <translation>Chi phí: {macs} phép nhân-cộng mỗi mẫu; một bước huấn luyện với lô {batch} mẫu cần khoảng {need} (chi tiết trong chú thích).</translation>
    </message>
    <message>
        <source>Multiply-adds: the multiplications (each followed by an addition) one example costs going forward; training costs about three times as many. Memory: 4 bytes per number (float32).</source>
        <translation>Phép nhân-cộng: số phép nhân (mỗi phép kèm một phép cộng) mà một mẫu dữ liệu tốn khi đi qua mạng theo chiều xuôi; huấn luyện tốn khoảng gấp ba. Bộ nhớ: 4 byte cho mỗi số (float32).</translation>
    </message>
    <message>
        <source>Time an epoch</source>
        <translation>Đo thời gian một epoch</translation>
    </message>
    <message>
        <source>Train a throw-away copy of the model for a few steps on the real data (after one warm-up step) and estimate how long an epoch takes on this computer. The project is not changed.</source>
        <translation>Huấn luyện một bản sao dùng xong bỏ của mô hình trong vài bước trên dữ liệu thật (sau một bước khởi động) và ước tính một epoch mất bao lâu trên máy này. Dự án không bị thay đổi.</translation>
    </message>
    <message>
        <source>Timing a few training steps of the model on the data…</source>
        <translation>Đang đo thời gian vài bước huấn luyện mô hình trên dữ liệu…</translation>
    </message>
    <message>
        <source>Training is running: time an epoch once it ends (the timing would wait for the Keras thread).</source>
        <translation>Đang huấn luyện: hãy đo thời gian một epoch khi huấn luyện xong (việc đo sẽ phải chờ luồng Keras).</translation>
    </message>
    <message>
        <source>The timed estimate covers models trained with fit; this kind of project trains in its own loop.</source>
        <translation>Phép đo thời gian chỉ áp dụng cho mô hình huấn luyện bằng fit; loại dự án này huấn luyện trong vòng lặp riêng của nó.</translation>
    </message>
    <message>
        <source>Could not time an epoch: {error}</source>
        <translation>Không đo được thời gian một epoch: {error}</translation>
    </message>
    <message>
        <source>The same model as plain Keras Python. It updates as you edit.</source>
        <translation>Cũng mô hình này, viết bằng Python với Keras thuần. Mã tự cập nhật khi bạn sửa.</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Sao chép mã</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã chép</translation>
    </message>
    <message>
        <source># The Python export is not available in this build.</source>
        <translation># Bản deskdl này không có chức năng xuất Python.</translation>
    </message>
    <message>
        <source># The Python code appears once TensorFlow has loaded.</source>
        <translation># Mã Python sẽ hiện khi TensorFlow đã tải xong.</translation>
    </message>
    <message>
        <source># The code could not be generated:
# {error}</source>
        <translation># Không tạo được mã:
# {error}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>lỗi không rõ</translation>
    </message>
    <message>
        <source>this computer&apos;s memory</source>
        <translation>bộ nhớ của máy này</translation>
    </message>
</context>
</TS>
