<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.stages</name>
    <message>
        <source>Choose the data to learn from, look at examples and how the classes are balanced.</source>
        <translation>Chọn dữ liệu để học, xem các mẫu dữ liệu và số mẫu của từng lớp (class) có cân bằng không.</translation>
    </message>
    <message>
        <source>Train the model and watch it learn: loss curves and the decision boundary, live.</source>
        <translation>Huấn luyện mô hình và xem nó học: đường cong hàm mất mát (loss) và ranh giới quyết định, cập nhật trực tiếp.</translation>
    </message>
    <message>
        <source>How good is the trained model? Test scores, its mistakes, and a pad to try it yourself.</source>
        <translation>Mô hình đã huấn luyện tốt đến đâu? Điểm trên tập kiểm tra (test), các lần nó đoán sai, và một bảng vẽ để bạn tự thử.</translation>
    </message>
    <message>
        <source>A run is training</source>
        <translation>Một lần chạy đang huấn luyện</translation>
    </message>
    <message>
        <source>“{name}” is still training. Stop the run?

What the model has learned so far is kept as a stopped run, which you can save next.</source>
        <translation>“{name}” vẫn đang huấn luyện. Dừng lần chạy này?

Những gì mô hình đã học đến giờ được giữ lại thành một lần chạy đã dừng, bạn có thể lưu nó ngay sau đó.</translation>
    </message>
    <message>
        <source>Look inside: convolutions by hand, learned filters, feature maps, saliency, what excites a filter, Dense weights and dead ReLUs.</source>
        <translation>Nhìn vào bên trong: tự tay tính tích chập, các bộ lọc (kernel) đã học, bản đồ đặc trưng (feature map), bản đồ độ nổi bật (saliency), điều kích thích một bộ lọc, trọng số của Dense và các ReLU chết.</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Dự án này</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Khảo sát</translation>
    </message>
</context>
</TS>
