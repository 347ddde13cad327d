<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.train.vae_view</name>
    <message>
        <source>Random codes, decoded</source>
        <translation>Mã ngẫu nhiên, đã giải mã</translation>
    </message>
    <message>
        <source>The decoder&apos;s pictures of the same 64 codes drawn from N(0, 1): blurry blobs at first, then pictures like the data. Curves: &apos;reconstruction&apos; is how well it rebuilds, &apos;kl&apos; how far the codes are from N(0, 1).</source>
        <translation>Ảnh của bộ giải mã cho cùng 64 mã rút từ N(0, 1): lúc đầu là những vệt mờ, sau đó là ảnh giống dữ liệu. Đường cong: &apos;reconstruction&apos; là mức tái tạo tốt đến đâu, &apos;kl&apos; là các mã cách N(0, 1) bao xa.</translation>
    </message>
    <message>
        <source>No grid yet</source>
        <translation>Chưa có lưới</translation>
    </message>
    <message>
        <source>Look back at the grids of earlier epochs</source>
        <translation>Xem lại lưới của các epoch trước</translation>
    </message>
    <message>
        <source>After epoch {epoch:g} (latest)</source>
        <translation>Sau epoch {epoch:g} (mới nhất)</translation>
    </message>
    <message>
        <source>After epoch {epoch:g}</source>
        <translation>Sau epoch {epoch:g}</translation>
    </message>
</context>
</TS>
