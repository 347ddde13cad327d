<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.experiments.sweep_panel</name>
    <message>
        <source>One setting a line, as NAME=VALUES. Names: learning_rate, batch_size, epochs, optimizer, validation_split, a layer&apos;s LAYER.PARAM (e.g. {layer}.units), training.KEY, algorithm.KEY. Values: a list (0.001,0.01), lin(16,64,4) for 4 evenly spaced values, log(1e-4,1e-1,4) for 4 values evenly spaced on a log scale; with random runs, log(1e-4,1e-1) samples the range.</source>
        <translation>Mỗi dòng một thiết lập, dạng TÊN=GIÁ_TRỊ. Tên: learning_rate, batch_size, epochs, optimizer, validation_split, LAYER.PARAM của một lớp (ví dụ {layer}.units), training.KEY, algorithm.KEY. Giá trị: một danh sách (0.001,0.01), lin(16,64,4) cho 4 giá trị cách đều, log(1e-4,1e-1,4) cho 4 giá trị cách đều trên thang logarit; với các lần chạy ngẫu nhiên, log(1e-4,1e-1) lấy mẫu trong khoảng đó.</translation>
    </message>
    <message>
        <source>{n} runs planned ({mode}).</source>
        <translation>Dự kiến {n} lần chạy ({mode}).</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>lưới</translation>
    </message>
    <message>
        <source>random</source>
        <translation>ngẫu nhiên</translation>
    </message>
    <message>
        <source>Run {i} of {n} finished ({status}).</source>
        <translation>Lần chạy {i} trên {n} đã xong ({status}).</translation>
    </message>
    <message>
        <source>The sweep is done: {n} runs.</source>
        <translation>Đợt quét đã xong: {n} lần chạy.</translation>
    </message>
    <message>
        <source>Stopped after {n} runs ({skipped} not run).</source>
        <translation>Đã dừng sau {n} lần chạy ({skipped} lần không chạy).</translation>
    </message>
    <message>
        <source>Time budget used up after {n} runs ({skipped} not run).</source>
        <translation>Hết thời gian cho phép sau {n} lần chạy ({skipped} lần không chạy).</translation>
    </message>
    <message>
        <source>Wait for the training run to end before starting a sweep.</source>
        <translation>Hãy chờ lần huấn luyện đang chạy kết thúc rồi mới bắt đầu đợt quét.</translation>
    </message>
    <message>
        <source>The best run by {metric}.</source>
        <translation>Lần chạy tốt nhất theo {metric}.</translation>
    </message>
    <message>
        <source>every combination (grid)</source>
        <translation>mọi tổ hợp (lưới)</translation>
    </message>
    <message>
        <source>0: every combination of the values; N: N runs with values drawn at random.</source>
        <translation>0: mọi tổ hợp các giá trị; N: N lần chạy với giá trị rút ngẫu nhiên.</translation>
    </message>
    <message>
        <source>The random draws repeat with the same seed.</source>
        <translation>Cùng một seed thì các lần rút ngẫu nhiên lặp lại y hệt.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>No new run starts after this long; the run under way finishes.</source>
        <translation>Sau khoảng thời gian này không lần chạy mới nào bắt đầu; lần đang chạy vẫn chạy xong.</translation>
    </message>
    <message>
        <source>Random runs</source>
        <translation>Số lần chạy ngẫu nhiên</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Thời gian cho phép</translation>
    </message>
    <message>
        <source>Start sweep</source>
        <translation>Bắt đầu quét</translation>
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
        <source>Stop the run under way and skip the rest.</source>
        <translation>Dừng lần đang chạy và bỏ qua các lần còn lại.</translation>
    </message>
    <message>
        <source>Stop the rest</source>
        <translation>Dừng các lần còn lại</translation>
    </message>
    <message>
        <source>Let the run under way finish, then stop.</source>
        <translation>Để lần đang chạy chạy xong rồi dừng.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings to vary&lt;/b&gt;</source>
        <translation>&lt;b&gt;Các thiết lập cần thay đổi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click a heading to sort; click a run to see its curves.</source>
        <translation>Bấm vào tiêu đề cột để sắp xếp; bấm vào một lần chạy để xem các đường cong của nó.</translation>
    </message>
    <message>
        <source>Running {n} runs…</source>
        <translation>Đang chạy {n} lần…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>The sweep stopped: {message}</source>
        <translation>Đợt quét đã dừng: {message}</translation>
    </message>
    <message>
        <source>Export the sweep&apos;s results</source>
        <translation>Xuất kết quả đợt quét</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Không ghi được {path}: {reason}</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Đã ghi {path}.</translation>
    </message>
</context>
</TS>
