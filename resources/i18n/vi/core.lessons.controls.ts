<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.lessons.controls</name>
    <message>
        <source>the Build tab</source>
        <translation>thẻ Xây dựng</translation>
    </message>
    <message>
        <source>the Data tab</source>
        <translation>thẻ Dữ liệu</translation>
    </message>
    <message>
        <source>the Train tab</source>
        <translation>thẻ Huấn luyện</translation>
    </message>
    <message>
        <source>the Evaluate tab</source>
        <translation>thẻ Đánh giá</translation>
    </message>
    <message>
        <source>the Inspect tab</source>
        <translation>thẻ Khảo sát</translation>
    </message>
    <message>
        <source>the layer palette (the list of layers to drag onto the canvas)</source>
        <translation>danh sách Các lớp (các lớp để kéo lên khung vẽ)</translation>
    </message>
    <message>
        <source>the model canvas</source>
        <translation>khung vẽ mô hình</translation>
    </message>
    <message>
        <source>the settings of the selected layer</source>
        <translation>thiết lập của lớp đang chọn</translation>
    </message>
    <message>
        <source>the model summary (output shapes and parameter counts)</source>
        <translation>bảng tóm tắt mô hình (hình dạng đầu ra và số tham số)</translation>
    </message>
    <message>
        <source>the Problems list</source>
        <translation>danh sách Vấn đề</translation>
    </message>
    <message>
        <source>the Python code of the model (Build, bottom panel)</source>
        <translation>mã Python của mô hình (Xây dựng, bảng phía dưới)</translation>
    </message>
    <message>
        <source>the Project panel: templates, recent projects, lessons (Build, left)</source>
        <translation>bảng Dự án: mẫu, dự án gần đây, bài học (Xây dựng, bên trái)</translation>
    </message>
    <message>
        <source>the choice of data set</source>
        <translation>việc chọn tập dữ liệu</translation>
    </message>
    <message>
        <source>the data set&apos;s settings (samples, noise, test share, ...)</source>
        <translation>thiết lập của tập dữ liệu (số mẫu, độ nhiễu, tỉ lệ kiểm tra, ...)</translation>
    </message>
    <message>
        <source>the examples of the data set shown on the Data tab</source>
        <translation>các mẫu dữ liệu của tập dữ liệu hiện trên thẻ Dữ liệu</translation>
    </message>
    <message>
        <source>the Start button (Train tab)</source>
        <translation>nút Bắt đầu (thẻ Huấn luyện)</translation>
    </message>
    <message>
        <source>the Stop button</source>
        <translation>nút Dừng</translation>
    </message>
    <message>
        <source>the Pause / Resume button</source>
        <translation>nút Tạm dừng / Tiếp tục</translation>
    </message>
    <message>
        <source>the Step button (one batch at a time)</source>
        <translation>nút Một bước (mỗi lần một lô)</translation>
    </message>
    <message>
        <source>the Continue box (train on from the last model)</source>
        <translation>ô Huấn luyện thêm (huấn luyện tiếp từ mô hình cuối cùng)</translation>
    </message>
    <message>
        <source>the whole column of training settings</source>
        <translation>cả cột thiết lập huấn luyện</translation>
    </message>
    <message>
        <source>the optimizer choice</source>
        <translation>việc chọn bộ tối ưu</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>tốc độ học</translation>
    </message>
    <message>
        <source>the batch size</source>
        <translation>kích thước lô</translation>
    </message>
    <message>
        <source>the number of epochs</source>
        <translation>số epoch</translation>
    </message>
    <message>
        <source>the loss choice</source>
        <translation>việc chọn hàm mất mát (loss)</translation>
    </message>
    <message>
        <source>the validation share</source>
        <translation>tỉ lệ kiểm định</translation>
    </message>
    <message>
        <source>the early stopping settings</source>
        <translation>thiết lập dừng sớm</translation>
    </message>
    <message>
        <source>the learning-rate schedule</source>
        <translation>lịch thay đổi tốc độ học</translation>
    </message>
    <message>
        <source>gradient clipping (clipnorm, clipvalue)</source>
        <translation>cắt gradient (clipnorm, clipvalue)</translation>
    </message>
    <message>
        <source>the random seed</source>
        <translation>seed ngẫu nhiên</translation>
    </message>
    <message>
        <source>the loss and metric curves</source>
        <translation>các đường cong loss và độ đo</translation>
    </message>
    <message>
        <source>the live decision boundary of 2-D data</source>
        <translation>ranh giới quyết định trực tiếp của dữ liệu 2-D</translation>
    </message>
    <message>
        <source>the &apos;Show uncertainty (MC dropout)&apos; box under the decision boundary</source>
        <translation>ô &apos;Hiện độ bất định (MC dropout)&apos; dưới ranh giới quyết định</translation>
    </message>
    <message>
        <source>the list of runs (to overlay and compare curves)</source>
        <translation>danh sách các lần chạy (để chồng và so sánh các đường cong)</translation>
    </message>
    <message>
        <source>the settings of the project&apos;s kind (an agent&apos;s, a GAN&apos;s, ...)</source>
        <translation>thiết lập của loại dự án (của một tác tử, của một GAN, ...)</translation>
    </message>
    <message>
        <source>the Sweep button (train with many settings)</source>
        <translation>nút Quét (huấn luyện với nhiều thiết lập)</translation>
    </message>
    <message>
        <source>the &apos;Compare ticked&apos; button</source>
        <translation>nút &apos;So sánh mục đã chọn&apos;</translation>
    </message>
    <message>
        <source>the training doctor&apos;s findings</source>
        <translation>các phát hiện của bác sĩ huấn luyện</translation>
    </message>
    <message>
        <source>the pad to draw a digit on</source>
        <translation>bảng vẽ để vẽ một chữ số</translation>
    </message>
    <message>
        <source>the confusion matrix</source>
        <translation>ma trận nhầm lẫn</translation>
    </message>
    <message>
        <source>the &apos;Evaluate again&apos; button</source>
        <translation>nút &apos;Đánh giá lại&apos;</translation>
    </message>
    <message>
        <source>the &apos;Save trained model&apos; button</source>
        <translation>nút &apos;Lưu mô hình đã huấn luyện&apos;</translation>
    </message>
    <message>
        <source>the list of the model&apos;s mistakes on the test set</source>
        <translation>danh sách các lỗi của mô hình trên tập kiểm tra</translation>
    </message>
    <message>
        <source>the Adversarial page: a test picture attacked by the fast gradient sign method, its epsilon slider and the accuracy against epsilon</source>
        <translation>trang Đối kháng: một ảnh kiểm tra bị tấn công bằng phương pháp dấu gradient nhanh (fast gradient sign), thanh trượt epsilon của nó và độ chính xác theo epsilon</translation>
    </message>
    <message>
        <source>the learned filters and feature maps</source>
        <translation>các bộ lọc đã học và bản đồ đặc trưng</translation>
    </message>
    <message>
        <source>the weight and activation histograms</source>
        <translation>các biểu đồ tần suất (histogram) của trọng số và giá trị kích hoạt</translation>
    </message>
    <message>
        <source>the sampling temperature slider</source>
        <translation>thanh trượt nhiệt độ lấy mẫu (temperature)</translation>
    </message>
    <message>
        <source>the Write button of a text model</source>
        <translation>nút Viết của một mô hình văn bản</translation>
    </message>
    <message>
        <source>the &apos;Watch the agent&apos; button</source>
        <translation>nút &apos;Xem tác tử&apos;</translation>
    </message>
    <message>
        <source>the &apos;Play it yourself&apos; button</source>
        <translation>nút &apos;Tự chơi&apos;</translation>
    </message>
</context>
</TS>
