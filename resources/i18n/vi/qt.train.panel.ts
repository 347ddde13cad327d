<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.train.panel</name>
    <message>
        <source>batch</source>
        <translation>lô</translation>
    </message>
    <message>
        <source>environment step</source>
        <translation>bước môi trường</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>lượt chơi</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Lượt chơi</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Early stopped</source>
        <translation>Dừng sớm</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Đã giải</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Một bước</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Huấn luyện thêm</translation>
    </message>
    <message>
        <source>Forget unticked runs</source>
        <translation>Xóa lần chạy bỏ chọn</translation>
    </message>
    <message>
        <source>Remove the runs you unticked from the list and the project.</source>
        <translation>Xóa các lần chạy bạn đã bỏ chọn khỏi danh sách và dự án.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt; (tick to compare)</source>
        <translation>&lt;b&gt;Các lần chạy&lt;/b&gt; (chọn để so sánh)</translation>
    </message>
    <message>
        <source>Sweep…</source>
        <translation>Quét…</translation>
    </message>
    <message>
        <source>Train the model many times with other settings and compare results.</source>
        <translation>Huấn luyện mô hình nhiều lần với cài đặt khác và so sánh kết quả.</translation>
    </message>
    <message>
        <source>Compare ticked</source>
        <translation>So sánh mục đã chọn</translation>
    </message>
    <message>
        <source>The ticked runs side by side: settings that differ, scores, curves.</source>
        <translation>Các lần chạy đã chọn đặt cạnh nhau: cài đặt khác nhau, điểm số, đường cong.</translation>
    </message>
    <message>
        <source>one {unit}</source>
        <translation>một {unit}</translation>
    </message>
    <message>
        <source>one episode</source>
        <translation>một lượt chơi</translation>
    </message>
    <message>
        <source>The model could not show its uncertainty: {message}</source>
        <translation>Mô hình không thể cho thấy độ bất định: {message}</translation>
    </message>
    <message>
        <source>The model could not answer at that spot: {message}</source>
        <translation>Mô hình không thể trả lời tại điểm đó: {message}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Check the settings</source>
        <translation>Kiểm tra cài đặt</translation>
    </message>
    <message>
        <source>Training cannot start yet:</source>
        <translation>Chưa thể bắt đầu huấn luyện:</translation>
    </message>
    <message>
        <source>Cannot start training</source>
        <translation>Không thể bắt đầu huấn luyện</translation>
    </message>
    <message>
        <source>Starting… (building the model)</source>
        <translation>Đang bắt đầu… (dựng mô hình)</translation>
    </message>
    <message>
        <source>Paused. Resume, or Step one {unit} at a time.</source>
        <translation>Đã tạm dừng. Hãy tiếp tục, hoặc chạy từng {unit} một.</translation>
    </message>
    <message>
        <source>Stopping after this {unit}…</source>
        <translation>Sẽ dừng sau {unit} này…</translation>
    </message>
    <message>
        <source>Stepping: one {unit} at a time.</source>
        <translation>Chạy từng bước: mỗi lần một {unit}.</translation>
    </message>
    <message>
        <source>Done in {time}.</source>
        <translation>Xong trong {time}.</translation>
    </message>
    <message>
        <source>Finished: {n} of {total} episodes</source>
        <translation>Xong: {n}/{total} lượt chơi</translation>
    </message>
    <message>
        <source>Finished: {n} of {total} epochs</source>
        <translation>Xong: {n}/{total} epoch</translation>
    </message>
    <message>
        <source>{status} after episode {n} of {total}</source>
        <translation>{status} sau lượt chơi {n}/{total}</translation>
    </message>
    <message>
        <source>{status} after epoch {n} of {total}</source>
        <translation>{status} sau epoch {n}/{total}</translation>
    </message>
    <message>
        <source>Sweep — {name}</source>
        <translation>Quét — {name}</translation>
    </message>
    <message>
        <source>Export for TensorBoard…</source>
        <translation>Xuất cho TensorBoard…</translation>
    </message>
    <message>
        <source>Event files that &apos;tensorboard --logdir FOLDER&apos; shows.</source>
        <translation>Các tệp sự kiện mà &apos;tensorboard --logdir FOLDER&apos; hiển thị.</translation>
    </message>
    <message>
        <source>Export metrics as CSV…</source>
        <translation>Xuất các chỉ số ra CSV…</translation>
    </message>
    <message>
        <source>Folder for {run}&apos;s TensorBoard logs</source>
        <translation>Thư mục cho nhật ký TensorBoard của {run}</translation>
    </message>
    <message>
        <source>Save {run}&apos;s metrics</source>
        <translation>Lưu các chỉ số của {run}</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Không ghi được {path}: {error}</translation>
    </message>
    <message>
        <source>Wrote {run}&apos;s metrics to {path}.</source>
        <translation>Đã ghi các chỉ số của {run} vào {path}.</translation>
    </message>
    <message>
        <source>Writing {run}&apos;s TensorBoard logs to {folder}: open them with &apos;tensorboard --logdir {path}&apos;.</source>
        <translation>Đang ghi nhật ký TensorBoard của {run} vào {folder}: mở chúng bằng &apos;tensorboard --logdir {path}&apos;.</translation>
    </message>
    <message>
        <source>Tick two or more runs in the list to compare them.</source>
        <translation>Hãy chọn hai lần chạy trở lên trong danh sách để so sánh.</translation>
    </message>
    <message>
        <source>Compare runs — {name}</source>
        <translation>So sánh các lần chạy — {name}</translation>
    </message>
    <message>
        <source>Training stopped with a problem</source>
        <translation>Huấn luyện dừng vì có vấn đề</translation>
    </message>
    <message>
        <source>loss became NaN</source>
        <translation>loss thành NaN</translation>
    </message>
    <message>
        <source>loss exploded</source>
        <translation>loss bùng nổ</translation>
    </message>
    <message>
        <source>Training stopped: see the explanation above the plots.</source>
        <translation>Huấn luyện đã dừng: xem giải thích phía trên các biểu đồ.</translation>
    </message>
    <message>
        <source>Training stopped: see the message.</source>
        <translation>Huấn luyện đã dừng: xem thông báo.</translation>
    </message>
    <message>
        <source>Retry with batch size {n}</source>
        <translation>Thử lại với kích thước lô {n}</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Huấn luyện đã dừng</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>step {n}/{total}</source>
        <translation>bước {n}/{total}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>còn {time}</translation>
    </message>
</context>
</TS>
