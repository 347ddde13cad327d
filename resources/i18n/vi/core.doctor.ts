<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.doctor</name>
    <message>
        <source>set {param} of layer {id} to {value}</source>
        <translation>đặt {param} của lớp {id} thành {value}</translation>
    </message>
    <message>
        <source>set training {setting} to {value}</source>
        <translation>đặt thiết lập huấn luyện {setting} thành {value}</translation>
    </message>
    <message>
        <source>{title}: {evidence} Remedy: {remedy}</source>
        <translation>{title}: {evidence} Cách chữa: {remedy}</translation>
    </message>
    <message>
        <source>Also possible: {others}</source>
        <translation>Cũng có thể: {others}</translation>
    </message>
    <message>
        <source>stop near epoch {best}: set epochs to {epochs} (early stopping is on already; add Dropout or L2 to train longer without overfitting).</source>
        <translation>dừng gần epoch {best}: đặt epochs thành {epochs} (dừng sớm (early stopping) đã bật rồi; hãy thêm Dropout hoặc L2 để huấn luyện lâu hơn mà không quá khớp).</translation>
    </message>
    <message>
        <source>turn on early stopping on the validation loss, keeping the best epoch&apos;s weights.</source>
        <translation>bật dừng sớm (early stopping) theo hàm mất mát trên tập kiểm định, giữ lại trọng số của epoch tốt nhất.</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>Quá khớp (overfitting)</translation>
    </message>
    <message>
        <source>the validation loss was lowest at epoch {best} ({low:.4g}) and rose to {end:.4g} by epoch {n} while the training loss kept falling to {loss:.4g}; the gap between them is {gap:.4g}. The model is learning the training examples by heart.</source>
        <translation>hàm mất mát trên tập kiểm định (validation) thấp nhất ở epoch {best} ({low:.4g}) rồi tăng lên {end:.4g} vào epoch {n}, trong khi hàm mất mát trên tập huấn luyện tiếp tục giảm xuống {loss:.4g}; khoảng cách giữa hai đường là {gap:.4g}. Mô hình đang học thuộc lòng các mẫu huấn luyện.</translation>
    </message>
    <message>
        <source>a Dropout layer after a hidden layer, L2 weight regularization, more data or augmentation.</source>
        <translation>một lớp Dropout sau một lớp ẩn, chính quy hóa (regularization) L2 cho trọng số, thêm dữ liệu hoặc tăng cường dữ liệu (augmentation).</translation>
    </message>
    <message>
        <source>the training loss became NaN (not a number) at epoch {epoch}: the weights blew up.</source>
        <translation>hàm mất mát huấn luyện thành NaN (không phải một số) ở epoch {epoch}: các trọng số đã bùng nổ.</translation>
    </message>
    <message>
        <source>the training loss climbed from {first:.4g} at epoch 1 to {last:.4g} at epoch {n}.</source>
        <translation>hàm mất mát huấn luyện tăng từ {first:.4g} ở epoch 1 lên {last:.4g} ở epoch {n}.</translation>
    </message>
    <message>
        <source>the training loss went up in {ups} of {n} epochs (first at epoch {first}): each step overshoots the valley and lands on the other side.</source>
        <translation>hàm mất mát huấn luyện tăng lên trong {ups} trên {n} epoch (lần đầu ở epoch {first}): mỗi bước nhảy vượt qua đáy thung lũng và rơi sang sườn bên kia.</translation>
    </message>
    <message>
        <source>lower the learning rate ten times.</source>
        <translation>giảm tốc độ học (learning rate) đi mười lần.</translation>
    </message>
    <message>
        <source>lower the learning rate ten times, from {lr:g} to {new:g}.</source>
        <translation>giảm tốc độ học (learning rate) đi mười lần, từ {lr:g} xuống {new:g}.</translation>
    </message>
    <message>
        <source>Learning rate too high</source>
        <translation>Tốc độ học quá cao</translation>
    </message>
    <message>
        <source>gradient clipping (clipnorm 1.0), a decaying learning-rate schedule.</source>
        <translation>cắt gradient (clipnorm 1.0), một lịch giảm dần tốc độ học.</translation>
    </message>
    <message>
        <source>raise the learning rate ten times.</source>
        <translation>tăng tốc độ học (learning rate) lên mười lần.</translation>
    </message>
    <message>
        <source>raise the learning rate ten times, from {lr:g} to {new:g}.</source>
        <translation>tăng tốc độ học (learning rate) lên mười lần, từ {lr:g} lên {new:g}.</translation>
    </message>
    <message>
        <source>Learning rate too low</source>
        <translation>Tốc độ học quá thấp</translation>
    </message>
    <message>
        <source>the training loss falls in a slow straight line (from {first:.4g} to {last:.4g} over {n} epochs, {drop:.0%} in all) and is falling as fast at the end as at the start: each step is tiny.</source>
        <translation>hàm mất mát huấn luyện giảm theo một đường thẳng chậm (từ {first:.4g} xuống {last:.4g} qua {n} epoch, tổng cộng {drop:.0%}) và ở cuối vẫn giảm nhanh như lúc đầu: mỗi bước quá nhỏ.</translation>
    </message>
    <message>
        <source>more epochs.</source>
        <translation>thêm epoch.</translation>
    </message>
    <message>
        <source>a larger model: double the units of the hidden layers ({names}).</source>
        <translation>một mô hình lớn hơn: nhân đôi units của các lớp ẩn ({names}).</translation>
    </message>
    <message>
        <source>a higher learning rate ({new:g} instead of {lr:g}).</source>
        <translation>một tốc độ học cao hơn ({new:g} thay vì {lr:g}).</translation>
    </message>
    <message>
        <source>a larger model (more units or layers).</source>
        <translation>một mô hình lớn hơn (nhiều units hoặc nhiều lớp hơn).</translation>
    </message>
    <message>
        <source>Underfitting</source>
        <translation>Chưa khớp (underfitting)</translation>
    </message>
    <message>
        <source>both losses stay high and flat: the training loss only fell {drop:.0%} (from {first:.4g} to {last:.4g}) and barely moved over the last {third} epochs. The model is too weak for the data or stuck.</source>
        <translation>cả hai hàm mất mát đều cao và phẳng: hàm mất mát huấn luyện chỉ giảm {drop:.0%} (từ {first:.4g} xuống {last:.4g}) và gần như không đổi trong {third} epoch cuối. Mô hình quá yếu so với dữ liệu, hoặc bị kẹt.</translation>
    </message>
    <message>
        <source>more epochs, a higher learning rate, more layers.</source>
        <translation>thêm epoch, tốc độ học cao hơn, thêm lớp.</translation>
    </message>
    <message>
        <source>{got:.0%} of all predictions are class {j}, though it is only {share:.0%} of the examples.</source>
        <translation>{got:.0%} trong tất cả các dự đoán là lớp (class) {j}, dù lớp này chỉ chiếm {share:.0%} số mẫu dữ liệu.</translation>
    </message>
    <message>
        <source>the accuracy ({acc:.1%}) is just the share of the largest class, class {major} ({share:.1%}): answering class {major} every time scores the same.</source>
        <translation>độ chính xác ({acc:.1%}) chỉ bằng tỉ lệ của lớp (class) lớn nhất, lớp {major} ({share:.1%}): lúc nào cũng trả lời lớp {major} cũng được điểm như vậy.</translation>
    </message>
    <message>
        <source>Predicts only the majority class</source>
        <translation>Chỉ dự đoán lớp chiếm đa số</translation>
    </message>
    <message>
        <source>weigh each class by how rare it is (class weights &apos;balanced&apos;) so mistakes on rare classes count as much.</source>
        <translation>đặt trọng số cho mỗi lớp (class) theo độ hiếm của nó (class weights &apos;balanced&apos;) để lỗi ở các lớp hiếm cũng được tính nặng như vậy.</translation>
    </message>
    <message>
        <source>more examples of the rare classes, a metric that sees them (per-class recall).</source>
        <translation>thêm mẫu dữ liệu của các lớp hiếm, một thước đo nhìn thấy chúng (recall theo từng lớp).</translation>
    </message>
    <message>
        <source>Dead ReLUs</source>
        <translation>ReLU chết</translation>
    </message>
    <message>
        <source>{dead} of {units} units of layer {name} ({share:.0%}) output 0 for every example: they no longer learn (a ReLU with a negative input passes no gradient back).</source>
        <translation>{dead} trên {units} units của lớp {name} ({share:.0%}) cho ra 0 với mọi mẫu dữ liệu: chúng không còn học nữa (một ReLU có đầu vào âm không truyền gradient nào ngược lại).</translation>
    </message>
    <message>
        <source>start the biases of {name} at 0 (bias_initializer zeros): they start at {value:g}, which keeps a unit&apos;s input below zero for every example from the first step.</source>
        <translation>cho các bias của {name} bắt đầu từ 0 (bias_initializer zeros): chúng bắt đầu từ {value:g}, khiến đầu vào của mỗi unit nhỏ hơn 0 với mọi mẫu dữ liệu ngay từ bước đầu tiên.</translation>
    </message>
    <message>
        <source>leaky_relu, whose small slope below zero lets a unit recover.</source>
        <translation>leaky_relu, với độ dốc nhỏ dưới 0 giúp một unit hồi phục.</translation>
    </message>
    <message>
        <source>use leaky_relu in {name}: a small slope below zero keeps every unit learning.</source>
        <translation>dùng leaky_relu trong {name}: một độ dốc nhỏ dưới 0 giúp mọi unit tiếp tục học.</translation>
    </message>
    <message>
        <source>a lower learning rate; He initialization.</source>
        <translation>một tốc độ học thấp hơn; khởi tạo He.</translation>
    </message>
    <message>
        <source>Exploding gradients</source>
        <translation>Gradient bùng nổ</translation>
    </message>
    <message>
        <source>the gradient of layer {name} has norm {norm:.3g}: one step moves its weights far too much.</source>
        <translation>gradient của lớp {name} có độ lớn (norm) {norm:.3g}: một bước làm trọng số của nó dịch chuyển quá nhiều.</translation>
    </message>
    <message>
        <source>clip the gradients: clipnorm 1.0 rescales any larger gradient to length 1.</source>
        <translation>cắt gradient: clipnorm 1.0 thu nhỏ mọi gradient lớn hơn về độ dài 1.</translation>
    </message>
    <message>
        <source>a lower learning rate.</source>
        <translation>một tốc độ học thấp hơn.</translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation>Gradient biến mất</translation>
    </message>
    <message>
        <source>the gradient reaching the first layer {name} (norm {first:.3g}) is {ratio:.1e} times that of the last layer (norm {last:.3g}): the early layers hardly learn.</source>
        <translation>gradient tới được lớp đầu tiên {name} (norm {first:.3g}) chỉ bằng {ratio:.1e} lần gradient của lớp cuối (norm {last:.3g}): các lớp đầu gần như không học.</translation>
    </message>
    <message>
        <source>use relu in the hidden layers: its slope is 1 wherever it is active, so gradients keep their size on the way back.</source>
        <translation>dùng relu trong các lớp ẩn: độ dốc của nó bằng 1 ở mọi chỗ nó hoạt động, nên gradient giữ nguyên độ lớn trên đường đi ngược lại.</translation>
    </message>
    <message>
        <source>BatchNormalization between layers, residual connections, fewer layers.</source>
        <translation>BatchNormalization giữa các lớp, kết nối dư (residual), ít lớp hơn.</translation>
    </message>
    <message>
        <source>skipped: layer {id} is no longer in the model</source>
        <translation>đã bỏ qua: lớp {id} không còn trong mô hình</translation>
    </message>
</context>
</TS>
