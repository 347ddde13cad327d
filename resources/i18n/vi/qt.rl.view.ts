<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.rl.view</name>
    <message>
        <source>Real time</source>
        <translation>Thời gian thực</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Nhanh</translation>
    </message>
    <message>
        <source>Not drawn</source>
        <translation>Không vẽ</translation>
    </message>
    <message>
        <source>shown once
the agent acts</source>
        <translation>hiện khi
tác tử hành động</translation>
    </message>
    <message>
        <source>Play greedy episodes with the trained network (always its best action)</source>
        <translation>Chơi các lượt tham lam (greedy) bằng mạng đã huấn luyện (luôn chọn hành động tốt nhất của nó)</translation>
    </message>
    <message>
        <source>Q-values</source>
        <translation>Giá trị Q</translation>
    </message>
    <message>
        <source>probabilities</source>
        <translation>xác suất</translation>
    </message>
    <message>
        <source>mean action</source>
        <translation>hành động trung bình</translation>
    </message>
    <message>
        <source>left</source>
        <translation>trái</translation>
    </message>
    <message>
        <source>right</source>
        <translation>phải</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Drawing:</source>
        <translation>Vẽ:</translation>
    </message>
    <message>
        <source>Real time: every step drawn at the task&apos;s own speed (slow). Fast: full speed, every 10th episode drawn. Not drawn: fastest.</source>
        <translation>Thời gian thực: vẽ mọi bước theo tốc độ riêng của bài toán (chậm). Nhanh: chạy hết tốc độ, cứ 10 lượt chơi vẽ một lượt. Không vẽ: nhanh nhất.</translation>
    </message>
    <message>
        <source>Watch the agent</source>
        <translation>Xem tác tử chơi</translation>
    </message>
    <message>
        <source>Play it yourself</source>
        <translation>Tự chơi</translation>
    </message>
    <message>
        <source>Play CartPole: balance the pole with the Left and Right arrow keys, and compare your return with the agent&apos;s</source>
        <translation>Chơi CartPole: giữ thăng bằng cây sào bằng phím mũi tên Left và Right, rồi so tổng thưởng của bạn với của tác tử</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;task&quot;&gt;The task: what the agent sees, does and earns…&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;task&quot;&gt;Bài toán: tác tử thấy gì, làm gì và được thưởng gì…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>lượt chơi</translation>
    </message>
    <message>
        <source>return</source>
        <translation>tổng thưởng</translation>
    </message>
    <message>
        <source>average of the last 100</source>
        <translation>trung bình 100 lượt cuối</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>giải xong</translation>
    </message>
    <message>
        <source>Train the agent first: then watch it play</source>
        <translation>Hãy huấn luyện tác tử trước: rồi xem nó chơi</translation>
    </message>
    <message>
        <source>{title} ({id}). {solved}</source>
        <translation>{title} ({id}). {solved}</translation>
    </message>
    <message>
        <source>{title} ({id})</source>
        <translation>{title} ({id})</translation>
    </message>
    <message>
        <source>action</source>
        <translation>hành động</translation>
    </message>
    <message>
        <source>The network&apos;s {title} for the state drawn beside, one bar per action: {actions}. The orange bar is the action taken.</source>
        <translation>{title} của mạng cho trạng thái được vẽ bên cạnh, mỗi hành động một cột: {actions}. Cột màu cam là hành động được chọn.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>The agent plays greedy episodes (its best action each step).</source>
        <translation>Tác tử chơi các lượt tham lam (hành động tốt nhất của nó ở mỗi bước).</translation>
    </message>
    <message>
        <source>The agent could not play: {message}</source>
        <translation>Tác tử không chơi được: {message}</translation>
    </message>
    <message>
        <source>Keep the pole up: Left and Right arrow keys push the cart.</source>
        <translation>Giữ cho sào đứng: phím mũi tên Left và Right đẩy xe.</translation>
    </message>
    <message>
        <source>The agent&apos;s last episode: return {value:.0f}</source>
        <translation>Lượt chơi cuối của tác tử: tổng thưởng {value:.0f}</translation>
    </message>
    <message>
        <source>Your return: {value:.0f}; the agent&apos;s greedy average: {agent:.0f}. Press Play to try again.</source>
        <translation>Tổng thưởng của bạn: {value:.0f}; trung bình tham lam của tác tử: {agent:.0f}. Bấm Tự chơi để thử lại.</translation>
    </message>
    <message>
        <source>Your return: {value:.0f}. Press Play to try again.</source>
        <translation>Tổng thưởng của bạn: {value:.0f}. Bấm Tự chơi để thử lại.</translation>
    </message>
</context>
</TS>
