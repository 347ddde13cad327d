<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.train.jobs</name>
    <message>
        <source>{n} episodes</source>
        <translation>{n} lượt chơi</translation>
    </message>
    <message>
        <source>batch {n}</source>
        <translation>lô {n}</translation>
    </message>
    <message>
        <source>(training…)</source>
        <translation>(đang huấn luyện…)</translation>
    </message>
    <message>
        <source>loss {loss:.3g}</source>
        <translation>loss {loss:.3g}</translation>
    </message>
    <message>
        <source>loss n/a</source>
        <translation>loss chưa có</translation>
    </message>
    <message>
        <source>acc {acc:.1%}</source>
        <translation>chính xác {acc:.1%}</translation>
    </message>
    <message>
        <source>return {value:.0f} in 100 greedy games</source>
        <translation>tổng thưởng {value:.0f} trong 100 ván tham lam</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>xong</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message>
        <source>early_stopped</source>
        <translation>dừng sớm</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>đã giải</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>optimizer {name} (learning rate {lr})</source>
        <translation>bộ tối ưu {name} (tốc độ học {lr})</translation>
    </message>
    <message>
        <source>{env}, {n} episodes</source>
        <translation>{env}, {n} lượt chơi</translation>
    </message>
    <message>
        <source>batch size {batch}, epochs {epochs}</source>
        <translation>kích thước lô {batch}, epoch {epochs}</translation>
    </message>
    <message>
        <source>loss {loss}, batch size {batch}, epochs {epochs}</source>
        <translation>loss {loss}, kích thước lô {batch}, epoch {epochs}</translation>
    </message>
    <message>
        <source>{status} after {n} episodes in {s:.1f} s</source>
        <translation>{status} sau {n} lượt chơi trong {s:.1f} s</translation>
    </message>
    <message>
        <source>{status} after {n} epochs in {s:.1f} s</source>
        <translation>{status} sau {n} epoch trong {s:.1f} s</translation>
    </message>
    <message>
        <source>data: {name}</source>
        <translation>dữ liệu: {name}</translation>
    </message>
    <message>
        <source>Stopped by you. The weights learned so far are kept.</source>
        <translation>Bạn đã dừng. Các trọng số học được đến giờ được giữ lại.</translation>
    </message>
    <message>
        <source>Stopped early: the watched loss stopped improving.</source>
        <translation>Dừng sớm: loss được theo dõi không còn cải thiện.</translation>
    </message>
    <message>
        <source>Stopped: the loss became NaN.</source>
        <translation>Đã dừng: loss thành NaN.</translation>
    </message>
    <message>
        <source>Ended: {reason}</source>
        <translation>Kết thúc: {reason}</translation>
    </message>
</context>
</TS>
