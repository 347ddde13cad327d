<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.rl</name>
    <message>
        <source>Balance a pole on a cart</source>
        <translation>Giữ thăng bằng một cây sào trên xe đẩy</translation>
    </message>
    <message>
        <source>push left</source>
        <translation>đẩy sang trái</translation>
    </message>
    <message>
        <source>push right</source>
        <translation>đẩy sang phải</translation>
    </message>
    <message>
        <source>State: 4 numbers: the cart&apos;s position and velocity, the pole&apos;s angle from upright (radians) and how fast it turns.</source>
        <translation>Trạng thái: 4 số: vị trí và vận tốc của xe, góc lệch của sào so với phương thẳng đứng (radian) và tốc độ nó xoay.</translation>
    </message>
    <message>
        <source>Actions: 2: push the cart left or push it right (with the same force).</source>
        <translation>Hành động: 2: đẩy xe sang trái hoặc sang phải (với cùng một lực).</translation>
    </message>
    <message>
        <source>Reward: +1 for every step, so the return is how many steps the pole stayed up. An episode ends when the pole leans more than 12 degrees, the cart leaves the track (2.4 from the centre) or after 500 steps.</source>
        <translation>Phần thưởng: +1 cho mỗi bước, nên tổng thưởng (return) là số bước cây sào còn đứng. Một lượt chơi (episode) kết thúc khi sào nghiêng quá 12 độ, xe ra khỏi đường ray (cách tâm 2.4) hoặc sau 500 bước.</translation>
    </message>
    <message>
        <source>Solved: an average return of 475 over 100 episodes.</source>
        <translation>Giải xong: tổng thưởng trung bình 475 trên 100 lượt chơi.</translation>
    </message>
    <message>
        <source>Swing up a two-link arm</source>
        <translation>Vung một cánh tay hai khớp lên cao</translation>
    </message>
    <message>
        <source>torque -1</source>
        <translation>mô-men -1</translation>
    </message>
    <message>
        <source>no torque</source>
        <translation>không mô-men</translation>
    </message>
    <message>
        <source>torque +1</source>
        <translation>mô-men +1</translation>
    </message>
    <message>
        <source>State: 6 numbers: the cosine and sine of the two joint angles and the two angular velocities.</source>
        <translation>Trạng thái: 6 số: cosin và sin của hai góc khớp và hai vận tốc góc.</translation>
    </message>
    <message>
        <source>Actions: 3: turn the middle joint with torque -1, 0 or +1 (only that joint has a motor).</source>
        <translation>Hành động: 3: xoay khớp giữa với mô-men -1, 0 hoặc +1 (chỉ khớp đó có động cơ).</translation>
    </message>
    <message>
        <source>Reward: -1 for every step until the free end swings above the bar (a height of one link above the top joint); the episode ends then, or after 500 steps.</source>
        <translation>Phần thưởng: -1 cho mỗi bước cho đến khi đầu tự do vung lên trên vạch (cao hơn khớp trên cùng một đoạn tay); lượt chơi kết thúc khi đó, hoặc sau 500 bước.</translation>
    </message>
    <message>
        <source>Solved: an average return of -100 over 100 episodes (reaching up within about 100 steps).</source>
        <translation>Giải xong: tổng thưởng trung bình -100 trên 100 lượt chơi (vươn lên được trong khoảng 100 bước).</translation>
    </message>
    <message>
        <source>Drive a car up a hill</source>
        <translation>Lái xe lên đồi</translation>
    </message>
    <message>
        <source>accelerate left</source>
        <translation>tăng tốc sang trái</translation>
    </message>
    <message>
        <source>do not accelerate</source>
        <translation>không tăng tốc</translation>
    </message>
    <message>
        <source>accelerate right</source>
        <translation>tăng tốc sang phải</translation>
    </message>
    <message>
        <source>State: 2 numbers: the car&apos;s position (from -1.2 to 0.6) and velocity (from -0.07 to 0.07).</source>
        <translation>Trạng thái: 2 số: vị trí của xe (từ -1.2 đến 0.6) và vận tốc (từ -0.07 đến 0.07).</translation>
    </message>
    <message>
        <source>Actions: 3: accelerate left, do nothing, or accelerate right. The engine is too weak to drive straight up: the car must swing back and forth to gain speed.</source>
        <translation>Hành động: 3: tăng tốc sang trái, không làm gì, hoặc tăng tốc sang phải. Động cơ quá yếu để chạy thẳng lên: xe phải đánh đu qua lại để lấy đà.</translation>
    </message>
    <message>
        <source>Reward: -1 for every step until the car reaches the flag (position 0.5); the episode ends then, or after 200 steps. Random actions almost never reach it, so the agent sees only -200 for a long time.</source>
        <translation>Phần thưởng: -1 cho mỗi bước cho đến khi xe tới lá cờ (vị trí 0.5); lượt chơi kết thúc khi đó, hoặc sau 200 bước. Hành động ngẫu nhiên hầu như không bao giờ tới được đó, nên trong một thời gian dài tác tử (agent) chỉ thấy -200.</translation>
    </message>
    <message>
        <source>Solved: an average return of -110 over 100 episodes.</source>
        <translation>Giải xong: tổng thưởng trung bình -110 trên 100 lượt chơi.</translation>
    </message>
    <message>
        <source>Swing a pendulum up and hold it</source>
        <translation>Vung con lắc lên và giữ nó</translation>
    </message>
    <message>
        <source>State: 3 numbers: the cosine and sine of the pendulum&apos;s angle (0 is upright) and its angular velocity.</source>
        <translation>Trạng thái: 3 số: cosin và sin của góc con lắc (0 là thẳng đứng hướng lên) và vận tốc góc của nó.</translation>
    </message>
    <message>
        <source>Actions: continuous: 1 number, the torque at the pivot, from -2 to 2. DQN cannot learn it (it needs a few separate actions); REINFORCE can.</source>
        <translation>Hành động: liên tục: 1 số, mô-men tại trục quay, từ -2 đến 2. DQN không học được bài này (nó cần một vài hành động rời rạc); REINFORCE thì học được.</translation>
    </message>
    <message>
        <source>Reward: minus (angle squared + 0.1 x angular velocity squared + 0.001 x torque squared) every step, so 0 is the best a step can score. Every episode lasts 200 steps.</source>
        <translation>Phần thưởng: trừ (bình phương góc + 0.1 x bình phương vận tốc góc + 0.001 x bình phương mô-men) ở mỗi bước, nên 0 là điểm tốt nhất một bước có thể đạt. Mỗi lượt chơi kéo dài 200 bước.</translation>
    </message>
    <message>
        <source>Solved: gymnasium names no threshold; deskdl aims for an average return of -200 over 100 episodes (it swings up and holds the pendulum most of the time).</source>
        <translation>Giải xong: gymnasium không đặt ngưỡng; deskdl nhắm tới tổng thưởng trung bình -200 trên 100 lượt chơi (tác tử vung lên và giữ con lắc hầu hết thời gian).</translation>
    </message>
    <message>
        <source>deskdl does not know the environment {env}: choose one of {envs}</source>
        <translation>deskdl không biết môi trường {env}: hãy chọn một trong {envs}</translation>
    </message>
    <message>
        <source>DQN needs a few separate actions, but {env} takes a continuous action (a number): choose REINFORCE (policy gradient) for it, or a task with separate actions such as CartPole-v1</source>
        <translation>DQN cần một vài hành động rời rạc, nhưng {env} nhận một hành động liên tục (một số): hãy chọn REINFORCE (gradient chính sách) cho nó, hoặc một bài toán có các hành động rời rạc như CartPole-v1</translation>
    </message>
    <message>
        <source>algorithm.buffer_size ({buffer}) is smaller than algorithm.batch_size ({batch}): a batch is drawn from the replay buffer, so make the buffer at least as large as a batch</source>
        <translation>algorithm.buffer_size ({buffer}) nhỏ hơn algorithm.batch_size ({batch}): mỗi lô (batch) được lấy ra từ bộ nhớ phát lại (replay buffer), nên hãy làm bộ nhớ này ít nhất lớn bằng một lô</translation>
    </message>
    <message>
        <source>algorithm.epsilon_end ({end:g}) is larger than algorithm.epsilon_start ({start:g}): exploration should shrink as the agent learns, so make the end at most the start</source>
        <translation>algorithm.epsilon_end ({end:g}) lớn hơn algorithm.epsilon_start ({start:g}): việc khám phá nên giảm dần khi tác tử (agent) học, nên hãy đặt giá trị cuối không lớn hơn giá trị đầu</translation>
    </message>
    <message>
        <source>the network has {n} Inputs, but an agent&apos;s network reads one thing: the observation, {size} numbers</source>
        <translation>mạng có {n} lớp Input, nhưng mạng của một tác tử (agent) chỉ đọc một thứ: quan sát (observation), gồm {size} số</translation>
    </message>
    <message>
        <source>keep exactly one Input, shaped ({size},)</source>
        <translation>hãy giữ đúng một lớp Input, có hình dạng ({size},)</translation>
    </message>
    <message>
        <source>the Input {id} has shape {shape}, but {env} gives {size} numbers each step ({names})</source>
        <translation>lớp Input {id} có hình dạng {shape}, nhưng {env} cho {size} số ở mỗi bước ({names})</translation>
    </message>
    <message>
        <source>set the Input&apos;s shape to ({size},)</source>
        <translation>hãy đặt shape của lớp Input thành ({size},)</translation>
    </message>
    <message>
        <source>Set shape to ({size},)</source>
        <translation>Đặt shape thành ({size},)</translation>
    </message>
    <message>
        <source>the network has {n} outputs, but an agent&apos;s network gives one: a value per action</source>
        <translation>mạng có {n} đầu ra, nhưng mạng của một tác tử (agent) chỉ cho một: một giá trị cho mỗi hành động</translation>
    </message>
    <message>
        <source>connect the loose ends so one layer is the output</source>
        <translation>hãy nối các đầu còn lỏng để chỉ một lớp là đầu ra</translation>
    </message>
    <message>
        <source>one Q-value per action ({names})</source>
        <translation>một giá trị Q (Q-value) cho mỗi hành động ({names})</translation>
    </message>
    <message>
        <source>one score per action ({names})</source>
        <translation>một điểm số cho mỗi hành động ({names})</translation>
    </message>
    <message>
        <source>the mean of the action (1 number)</source>
        <translation>giá trị trung bình của hành động (1 số)</translation>
    </message>
    <message>
        <source>the mean of the action ({n} numbers)</source>
        <translation>giá trị trung bình của hành động ({n} số)</translation>
    </message>
    <message>
        <source>Set units to {n}</source>
        <translation>Đặt units thành {n}</translation>
    </message>
    <message>
        <source>the output {id} gives shape {shape}, but on {env} the network must give {n} numbers: {what}</source>
        <translation>đầu ra {id} cho hình dạng {shape}, nhưng trên {env} mạng phải cho {n} số: {what}</translation>
    </message>
    <message>
        <source>make the last layer a Dense with {n} units</source>
        <translation>hãy cho lớp cuối là một Dense có {n} units</translation>
    </message>
    <message>
        <source>the output {id} uses the {act} activation, but Q-values are expected returns and can be any number (CartPole&apos;s reach 100)</source>
        <translation>đầu ra {id} dùng hàm kích hoạt {act}, nhưng giá trị Q là tổng thưởng (return) kỳ vọng và có thể là số bất kỳ (của CartPole lên tới 100)</translation>
    </message>
    <message>
        <source>set its activation to linear</source>
        <translation>hãy đặt activation của nó thành linear</translation>
    </message>
    <message>
        <source>Set activation to linear</source>
        <translation>Đặt activation thành linear</translation>
    </message>
    <message>
        <source>the output {id} uses the {act} activation, but a policy gives scores (logits, linear) or probabilities (softmax) for the actions</source>
        <translation>đầu ra {id} dùng hàm kích hoạt {act}, nhưng một chính sách (policy) cho điểm số (logit, linear) hoặc xác suất (softmax) của các hành động</translation>
    </message>
    <message>
        <source>set its activation to linear (deskdl turns scores into probabilities)</source>
        <translation>hãy đặt activation của nó thành linear (deskdl tự biến điểm số thành xác suất)</translation>
    </message>
    <message>
        <source>the output {id} uses the {act} activation, but the mean of a continuous action on {env} must reach from {low} to {high}</source>
        <translation>đầu ra {id} dùng hàm kích hoạt {act}, nhưng giá trị trung bình của một hành động liên tục trên {env} phải trải từ {low} đến {high}</translation>
    </message>
    <message>
        <source>set its activation to linear (or tanh, which deskdl scales to the range)</source>
        <translation>hãy đặt activation của nó thành linear (hoặc tanh, mà deskdl co giãn theo khoảng đó)</translation>
    </message>
    <message>
        <source>change it in the Train tab&apos;s settings</source>
        <translation>hãy đổi nó trong phần cài đặt của thẻ Huấn luyện</translation>
    </message>
    <message>
        <source>{kind} settings: {problem}</source>
        <translation>Cài đặt {kind}: {problem}</translation>
    </message>
</context>
</TS>
