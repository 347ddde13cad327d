<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.train.settings</name>
    <message>
        <source>Sparse crossentropy (0, 1, 2…)</source>
        <translation>Sparse crossentropy (0, 1, 2…)</translation>
    </message>
    <message>
        <source>Crossentropy (one-hot)</source>
        <translation>Crossentropy (one-hot)</translation>
    </message>
    <message>
        <source>Binary crossentropy (yes / no)</source>
        <translation>Binary crossentropy (có / không)</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Sai số bình phương trung bình</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Sai số tuyệt đối trung bình</translation>
    </message>
    <message>
        <source>Huber (robust to outliers)</source>
        <translation>Huber (ít bị ảnh hưởng bởi điểm ngoại lai)</translation>
    </message>
    <message>
        <source>sparse_categorical_crossentropy: for classes given as whole numbers 0, 1, 2, … with a softmax output of one unit per class.</source>
        <translation>sparse_categorical_crossentropy: cho các lớp (class) ghi bằng số nguyên 0, 1, 2, … với đầu ra softmax có một nơ-ron cho mỗi lớp.</translation>
    </message>
    <message>
        <source>categorical_crossentropy: for classes given as one-hot rows (1 for the right class, 0 elsewhere) with a softmax output.</source>
        <translation>categorical_crossentropy: cho các lớp (class) ghi dạng hàng one-hot (1 ở lớp đúng, 0 ở chỗ khác) với đầu ra softmax.</translation>
    </message>
    <message>
        <source>binary_crossentropy: for two classes (0 or 1) with one sigmoid output unit.</source>
        <translation>binary_crossentropy: cho hai lớp (0 hoặc 1) với một nơ-ron đầu ra sigmoid.</translation>
    </message>
    <message>
        <source>mean_squared_error: for numbers; the average of the squared differences, so big misses count a lot.</source>
        <translation>mean_squared_error: cho dự đoán số; trung bình bình phương các chênh lệch, nên sai nhiều bị tính nặng.</translation>
    </message>
    <message>
        <source>mean_absolute_error: for numbers; the average distance from the right answer.</source>
        <translation>mean_absolute_error: cho dự đoán số; khoảng cách trung bình tới đáp án đúng.</translation>
    </message>
    <message>
        <source>huber: for numbers; squared for small misses and linear for big ones, so a few wild points pull less.</source>
        <translation>huber: cho dự đoán số; bình phương với sai lệch nhỏ và tuyến tính với sai lệch lớn, nên vài điểm bất thường kéo ít hơn.</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation>Giảm theo hàm mũ</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>Giảm theo cosine</translation>
    </message>
    <message>
        <source>Step decay (halve every few epochs)</source>
        <translation>Giảm theo bậc (giảm nửa sau vài epoch)</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>độ chính xác</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>Batches and epochs</source>
        <translation>Lô và epoch</translation>
    </message>
    <message>
        <source>Repeatability</source>
        <translation>Tính lặp lại</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Bộ tối ưu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tốc độ học</translation>
    </message>
    <message>
        <source>LR schedule</source>
        <translation>Lịch tốc độ học</translation>
    </message>
    <message>
        <source>What to minimise</source>
        <translation>Điều cần làm nhỏ</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Hàm mất mát (loss)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>repeatable</source>
        <translation>lặp lại được</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>cân bằng</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Kích thước lô</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Số epoch</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Phần kiểm định</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Class weights</source>
        <translation>Trọng số lớp</translation>
    </message>
    <message>
        <source>Clip norm</source>
        <translation>Cắt theo chuẩn</translation>
    </message>
    <message>
        <source>Clip value</source>
        <translation>Cắt theo giá trị</translation>
    </message>
    <message>
        <source>Stop early</source>
        <translation>Dừng sớm</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>keep best weights</source>
        <translation>giữ trọng số tốt nhất</translation>
    </message>
    <message>
        <source>Safety nets</source>
        <translation>Lưới an toàn</translation>
    </message>
    <message>
        <source>episodes</source>
        <translation>lượt chơi</translation>
    </message>
</context>
</TS>
