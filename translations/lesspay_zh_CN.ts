<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdviceRenderer</name>
    <message>
        <source>Payment advice</source>
        <translation>付款通知</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>付款方：%1</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>付款金额</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>电子钱包</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Channel order number</source>
        <translation>渠道订单号</translation>
    </message>
    <message>
        <source>not given by the channel</source>
        <translation>渠道未提供</translation>
    </message>
    <message>
        <source>Lesspay order</source>
        <translation>Lesspay 订单号</translation>
    </message>
    <message>
        <source>Batch request ID</source>
        <translation>批次请求号</translation>
    </message>
    <message>
        <source>%1 paid this amount through Lesspay. Please quote the reference when you contact them about this payment. Account numbers are shown with their last four characters only.</source>
        <translation>%1 已通过 Lesspay 支付此金额。就此付款联系对方时，请提供参考号。账号仅显示最后四位。</translation>
    </message>
</context>
<context>
    <name>Amount</name>
    <message>
        <source>The amount is empty.</source>
        <translation>金额为空。</translation>
    </message>
    <message>
        <source>The amount may contain only digits and one decimal point.</source>
        <translation>金额只能包含数字和一个小数点。</translation>
    </message>
    <message>
        <source>The amount must not carry a sign.</source>
        <translation>金额不能带正负号。</translation>
    </message>
    <message>
        <source>The amount is in scientific notation; write it out in full digits.</source>
        <translation>金额使用了科学计数法，请写出完整的数字。</translation>
    </message>
    <message>
        <source>The amount must not contain thousands separators.</source>
        <translation>金额不能包含千位分隔符。</translation>
    </message>
    <message>
        <source>The amount needs digits on both sides of the decimal point.</source>
        <translation>金额的小数点两侧都必须有数字。</translation>
    </message>
    <message>
        <source>This currency takes no decimals.</source>
        <translation>该币种不使用小数。</translation>
    </message>
    <message numerus="yes">
        <source>This currency takes at most %n decimal(s).</source>
        <translation>
            <numerusform>该币种最多保留 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Lesspay refused the request</source>
        <translation>Lesspay 拒绝了该请求</translation>
    </message>
    <message>
        <source>The server answered with an HTTP error</source>
        <translation>服务器返回了 HTTP 错误</translation>
    </message>
    <message>
        <source>The connection to the server failed</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>无法读取服务器的响应</translation>
    </message>
    <message>
        <source>The server redirected the request; payment calls never follow redirects</source>
        <translation>服务器重定向了该请求；付款请求从不跟随重定向</translation>
    </message>
    <message>
        <source>The request was not sent</source>
        <translation>请求未发送</translation>
    </message>
    <message>
        <source>%1: code %2, %3</source>
        <translation>%1：代码 %2，%3</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1（HTTP %2）</translation>
    </message>
    <message>
        <source>%1 (HTTP %2 to %3)</source>
        <translation>%1（HTTP %2，重定向到 %3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The server could not be reached</source>
        <translation>无法连接到服务器</translation>
    </message>
</context>
<context>
    <name>BankListCheck</name>
    <message>
        <source>%1 is the SWIFT/BIC code of %2 in the supported banks list, not of %3.</source>
        <translation>在支持的银行列表中，%1 是%2的 SWIFT/BIC 代码，而不是%3的。</translation>
    </message>
</context>
<context>
    <name>BankRecipientDialog</name>
    <message>
        <source>Add bank recipient</source>
        <translation>添加银行收款人</translation>
    </message>
    <message>
        <source>Order &amp;ID:</source>
        <translation>订单号(&amp;I)：</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>户名(&amp;H)：</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation>账号(&amp;N)：</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation>账户类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>银行(&amp;B)：</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>银行名称</translation>
    </message>
    <message>
        <source>Bank &amp;country:</source>
        <translation>银行所在国家/地区(&amp;C)：</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>银行所在国家/地区</translation>
    </message>
    <message>
        <source>Type a code or a name, e.g. PH or Philippines</source>
        <translation>输入代码或名称，例如 PH 或 Philippines</translation>
    </message>
    <message>
        <source>&amp;SWIFT/BIC:</source>
        <translation>SWIFT/BIC(&amp;S)：</translation>
    </message>
    <message>
        <source>SWIFT or BIC code</source>
        <translation>SWIFT 或 BIC 代码</translation>
    </message>
    <message>
        <source>8 or 11 characters, e.g. BNORPHMM</source>
        <translation>8 位或 11 位字符，例如 BNORPHMM</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Another payout in this batch has the same order ID.</source>
        <translation>此批次中另有一笔代付使用了相同的订单号。</translation>
    </message>
    <message>
        <source>The request ID must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>请求号必须由 1 到 64 个字母、数字、“_”或“-”组成。</translation>
    </message>
    <message>
        <source>Choose the batch currency.</source>
        <translation>请选择批次币种。</translation>
    </message>
    <message>
        <source>%1 payouts are not enabled for this profile.</source>
        <translation>此配置未开通 %1 代付。</translation>
    </message>
    <message>
        <source>The way type of the profile is missing.</source>
        <translation>配置中缺少通道类型。</translation>
    </message>
    <message>
        <source>The way code of the profile is missing.</source>
        <translation>配置中缺少通道编码。</translation>
    </message>
    <message>
        <source>The notify URL must be an http or https URL with a host.</source>
        <translation>通知地址必须是包含主机名的 http 或 https 地址。</translation>
    </message>
</context>
<context>
    <name>BatchPhase</name>
    <message>
        <source>The server did not confirm this batch.</source>
        <translation>服务器未确认此批次。</translation>
    </message>
    <message>
        <source>Last problem: %1.</source>
        <translation>最近一次问题：%1。</translation>
    </message>
    <message numerus="yes">
        <source>The console is asking Lesspay whether it arrived (next check in %n s); it will never send it as a new batch.</source>
        <translation>
            <numerusform>控制台正在向 Lesspay 查询该批次是否已送达（%n 秒后再次查询），绝不会把它作为新批次重新提交。</numerusform>
        </translation>
    </message>
    <message>
        <source>The console is asking Lesspay whether it arrived; it will never send it as a new batch.</source>
        <translation>控制台正在向 Lesspay 查询该批次是否已送达，绝不会把它作为新批次重新提交。</translation>
    </message>
    <message numerus="yes">
        <source>Lesspay has answered &quot;not found&quot; %n time(s) since %1.</source>
        <translation>
            <numerusform>自 %1 起，Lesspay 已 %n 次答复“未找到”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only if Lesspay keeps saying it never received the batch does the console send the very same batch again (same request_id, same contents), which Lesspay accepts at most once.</source>
        <translation>只有在 Lesspay 一直表示从未收到该批次时，控制台才会重新提交完全相同的批次（相同的 request_id 和内容），而 Lesspay 最多只会受理一次。</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>需要人工处理</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分付款成功</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>结果待确认</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>付款中</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>The batch is recorded and is being sent to Lesspay.</source>
        <translation>批次已记录，正在提交给 Lesspay。</translation>
    </message>
    <message>
        <source>The console stopped working on this batch: %1 Nothing will be sent again; please check the batch with Lesspay before doing anything else.</source>
        <translation>控制台已停止处理此批次：%1 不会再次提交任何内容；在进行其他操作之前，请先与 Lesspay 核实此批次。</translation>
    </message>
    <message>
        <source>Lesspay reported a conflict.</source>
        <translation>Lesspay 报告了冲突。</translation>
    </message>
    <message>
        <source>Lesspay refused the batch, nothing was paid: %1</source>
        <translation>Lesspay 拒绝了该批次，未付出任何款项：%1</translation>
    </message>
    <message>
        <source>Lesspay accepted the batch (%1) and is reviewing it. The console checks its status regularly.</source>
        <translation>Lesspay 已受理该批次（%1），正在审核。控制台会定期查询其状态。</translation>
    </message>
    <message>
        <source>Lesspay approved the batch and is paying: %1 paid, %2 failed, %3 in progress.</source>
        <translation>Lesspay 已批准该批次，正在付款：%1 笔成功，%2 笔失败，%3 笔处理中。</translation>
    </message>
    <message>
        <source>Every payout of this batch was paid (%1).</source>
        <translation>此批次的所有代付均已付款（%1）。</translation>
    </message>
    <message>
        <source>%1 payouts were paid and %2 failed. A new draft from the failed payouts retries only those.</source>
        <translation>%1 笔代付已付款，%2 笔失败。用失败的代付新建草稿，只会重试这些代付。</translation>
    </message>
    <message>
        <source>No payout of this batch was paid.</source>
        <translation>此批次没有任何代付付款成功。</translation>
    </message>
    <message>
        <source>No payout of this batch was paid: %1</source>
        <translation>此批次没有任何代付付款成功：%1</translation>
    </message>
    <message>
        <source>Lesspay reports the status &quot;%1&quot;, whose meaning for payouts is not documented. The console keeps checking it slowly.</source>
        <translation>Lesspay 返回了状态“%1”，该状态对代付的含义没有文档说明。控制台会以较低频率继续查询。</translation>
    </message>
    <message>
        <source>Not sent: %1. Lesspay cannot have this batch, and the console will not try again on its own. Fix the cause, then press &quot;Send again&quot;: the batch goes out unchanged, with the same request_id.</source>
        <translation>未发送：%1。Lesspay 不可能收到此批次，控制台也不会自行重试。请先排除原因，然后点击“重新发送”：批次将原样发出，request_id 保持不变。</translation>
    </message>
    <message>
        <source>no connection was made</source>
        <translation>未能建立连接</translation>
    </message>
</context>
<context>
    <name>BatchReportBuilder</name>
    <message>
        <source>Bank transfers</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>E-wallets</source>
        <translation>电子钱包</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Local sandbox (no real money)</source>
        <translation>本地沙箱（无真实资金）</translation>
    </message>
    <message>
        <source>Lesspay UAT test host (no real money)</source>
        <translation>Lesspay UAT 测试环境（无真实资金）</translation>
    </message>
    <message>
        <source>PRODUCTION: real money</source>
        <translation>生产环境：真实资金</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>自定义服务器</translation>
    </message>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation>记录日志中没有批次 %1。</translation>
    </message>
    <message>
        <source>The batch as it was sent cannot be read back from the journal.</source>
        <translation>无法从记录日志中读回该批次提交时的内容。</translation>
    </message>
    <message>
        <source>%1 (not in the settings)</source>
        <translation>%1（不在设置中）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>结果待确认</translation>
    </message>
    <message>
        <source>Prepared: frozen in the journal with the exact request body</source>
        <translation>已准备：连同确切的请求内容冻结在记录日志中</translation>
    </message>
    <message>
        <source>Sent to Lesspay</source>
        <translation>已发送至 Lesspay</translation>
    </message>
    <message>
        <source>Sent again (the same bytes)</source>
        <translation>再次发送（相同字节）</translation>
    </message>
    <message>
        <source>Accepted by Lesspay</source>
        <translation>Lesspay 已受理</translation>
    </message>
    <message>
        <source>Final status: %1</source>
        <translation>最终状态：%1</translation>
    </message>
    <message>
        <source>Not sent yet (review before submitting)</source>
        <translation>尚未提交（提交前复核）</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>已申请审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>已批准：%1</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>No approval is recorded for this batch: the workspace&apos;s approval policy asked for none.</source>
        <translation>此批次没有审批记录：工作区的审批规则不要求审批。</translation>
    </message>
    <message>
        <source>No approval is recorded for this batch yet.</source>
        <translation>此批次尚无审批记录。</translation>
    </message>
</context>
<context>
    <name>BatchResultsExport</name>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation>记录日志中没有批次 %1。</translation>
    </message>
    <message>
        <source>The batch as it was sent cannot be read back from the journal.</source>
        <translation>无法从记录日志中读回该批次提交时的内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>BatchState</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>待提交</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果待确认</translation>
    </message>
    <message>
        <source>Checking with Lesspay</source>
        <translation>正在向 Lesspay 核实</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>The file is larger than the import limit of %1 MiB. Split it into smaller files or raise the limit in the settings.</source>
        <translation>文件超过了 %1 MiB 的导入上限。请将其拆分为较小的文件，或在设置中提高上限。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>This system cannot decode the chosen text encoding.</source>
        <translation>本系统无法解码所选的文本编码。</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8. The file was probably saved as Windows-1252 (Western European); open it again with that encoding.</source>
        <translation>文本不是有效的 UTF-8。该文件可能以 Windows-1252（西欧）编码保存，请用该编码重新打开。</translation>
    </message>
    <message>
        <source>the text is not valid UTF-16.</source>
        <translation>文本不是有效的 UTF-16。</translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed.</source>
        <translation>带引号的字段从此处开始，但没有结束引号。</translation>
    </message>
    <message>
        <source>text follows a closing quote; a quote inside a quoted field must be doubled.</source>
        <translation>结束引号后还有文本；带引号的字段中的引号必须写成两个。</translation>
    </message>
    <message>
        <source>the record is too long (is a quote missing?).</source>
        <translation>该记录过长（是否缺少引号？）。</translation>
    </message>
    <message>
        <source>the record has too many fields.</source>
        <translation>该记录的字段过多。</translation>
    </message>
</context>
<context>
    <name>DetailValidator</name>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Contains a broken character (an unpaired UTF-16 surrogate); retype the value.</source>
        <translation>包含一个损坏的字符（不成对的 UTF-16 代理项），请重新输入。</translation>
    </message>
    <message>
        <source>Contains an invisible control character (U+%1); retype the value.</source>
        <translation>包含一个不可见的控制字符（U+%1），请重新输入。</translation>
    </message>
    <message>
        <source>At most %1 characters are allowed here.</source>
        <translation>此处最多允许 %1 个字符。</translation>
    </message>
    <message>
        <source>The order ID may contain only letters A-Z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>订单号只能包含字母 A-Z、数字、“_”和“-”。</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The account type must be individual or business.</source>
        <translation>账户类型必须是个人或企业。</translation>
    </message>
    <message>
        <source>The account number may contain only letters and digits (spaces and dashes are removed).</source>
        <translation>账号只能包含字母和数字（空格和连字符会被自动去除）。</translation>
    </message>
    <message>
        <source>The account number must have 4 to 34 letters or digits.</source>
        <translation>账号必须为 4 到 34 位字母或数字。</translation>
    </message>
    <message>
        <source>Not an ISO 3166-1 two-letter country code.</source>
        <translation>不是 ISO 3166-1 两位字母国家/地区代码。</translation>
    </message>
    <message>
        <source>A SWIFT/BIC code has 8 or 11 characters.</source>
        <translation>SWIFT/BIC 代码为 8 位或 11 位字符。</translation>
    </message>
    <message>
        <source>A SWIFT/BIC code has only letters and digits.</source>
        <translation>SWIFT/BIC 代码只能包含字母和数字。</translation>
    </message>
    <message>
        <source>Characters 5 and 6 of a SWIFT/BIC code must be a country code.</source>
        <translation>SWIFT/BIC 代码的第 5、6 位必须是国家/地区代码。</translation>
    </message>
    <message>
        <source>This is a SWIFT test and training code; real payments cannot reach it.</source>
        <translation>这是 SWIFT 测试和培训代码，真实付款无法到达。</translation>
    </message>
    <message>
        <source>The SWIFT/BIC code belongs to %1, the bank country is %2.</source>
        <translation>该 SWIFT/BIC 代码属于 %1，而银行所在国家/地区为 %2。</translation>
    </message>
    <message>
        <source>No e-wallet provider is offered for %1.</source>
        <translation>%1 没有可用的电子钱包服务商。</translation>
    </message>
    <message>
        <source>Not offered for %1; choose one of: %2.</source>
        <translation>%1 不支持此项，请从以下选项中选择：%2。</translation>
    </message>
    <message>
        <source>The deposit key type must be phone, email, cpf, cnpj or random.</source>
        <translation>收款标识类型必须是 phone、email、cpf、cnpj 或 random。</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>不是电话号码。</translation>
    </message>
    <message>
        <source>Write the phone number with its country code, e.g. +63 917 123 4567.</source>
        <translation>请填写带国家/地区代码的电话号码，例如 +63 917 123 4567。</translation>
    </message>
    <message>
        <source>The phone number has an unknown country code.</source>
        <translation>电话号码的国家/地区代码未知。</translation>
    </message>
    <message>
        <source>The phone number has the wrong length for its country.</source>
        <translation>电话号码的长度与其所属国家/地区不符。</translation>
    </message>
    <message>
        <source>%1 is not in any number range known for its country; check it.</source>
        <translation>%1 不在其所属国家/地区的任何已知号段中，请核对。</translation>
    </message>
    <message>
        <source>The phone key %1 is not the same number as the wallet account number.</source>
        <translation>电话收款标识 %1 与钱包账号不是同一个号码。</translation>
    </message>
    <message>
        <source>Not a valid e-mail address.</source>
        <translation>不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>A random key is a UUID like 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>随机标识是形如 123e4567-e89b-12d3-a456-426614174000 的 UUID。</translation>
    </message>
    <message>
        <source>The all-zero UUID is not a key.</source>
        <translation>全零 UUID 不是有效的标识。</translation>
    </message>
    <message>
        <source>A CPF has 11 digits.</source>
        <translation>CPF 为 11 位数字。</translation>
    </message>
    <message>
        <source>A CNPJ has 12 letters or digits followed by 2 check digits.</source>
        <translation>CNPJ 由 12 位字母或数字加 2 位校验位组成。</translation>
    </message>
    <message>
        <source>A number of one repeated digit is never issued.</source>
        <translation>由同一数字重复组成的号码从不会被签发。</translation>
    </message>
    <message>
        <source>The check digits do not match; the number has a typo.</source>
        <translation>校验位不匹配，号码有输入错误。</translation>
    </message>
    <message>
        <source>The destination must be bank or ewallet.</source>
        <translation>收款方式必须是 bank 或 ewallet。</translation>
    </message>
    <message>
        <source>Ignored for a bank payout.</source>
        <translation>银行代付时忽略此项。</translation>
    </message>
    <message>
        <source>Ignored for an e-wallet payout.</source>
        <translation>电子钱包代付时忽略此项。</translation>
    </message>
    <message>
        <source>%1 does not take %2 keys; use one of: %3.</source>
        <translation>%1 不接受 %2 类型的收款标识，请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>%1 is a number of another country; %2 pays to numbers of %3 (+%4).</source>
        <translation>%1 是其他国家的号码；%2 只向%3（+%4）的号码付款。</translation>
    </message>
    <message>
        <source>The bank is in %1, but the batch pays in %2, the currency of %3.</source>
        <translation>该银行位于 %1，但本批次以 %2（%3 的币种）付款。</translation>
    </message>
</context>
<context>
    <name>DirectoryCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no payee_name column: it is not a directory file.</source>
        <translation>%1 没有 payee_name 列：不是收款人名录文件。</translation>
    </message>
    <message>
        <source>Row %1: the payee has no name.</source>
        <translation>第 %1 行：收款人没有名称。</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3: %4</source>
        <translation>第 %1 行（%2）：%3：%4</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>%1 could not be read as a workbook: %2</source>
        <translation>无法将 %1 作为工作簿读取：%2</translation>
    </message>
    <message>
        <source>%1 has no sheet to read.</source>
        <translation>%1 中没有可读取的工作表。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
</context>
<context>
    <name>DirectoryStore</name>
    <message>
        <source>The payee could not be saved: %1</source>
        <translation>无法保存收款人：%1</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>The payee no longer exists.</source>
        <translation>该收款人已不存在。</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>无法保存账户：%1</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>This draft was already submitted and can no longer change.</source>
        <translation>该草稿已提交，无法再修改。</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <source>The draft could not be linked to its batch: %1</source>
        <translation>无法将草稿关联到其批次：%1</translation>
    </message>
    <message>
        <source>The draft could not be renamed: %1</source>
        <translation>无法重命名草稿：%1</translation>
    </message>
    <message>
        <source>The draft could not be deleted: %1</source>
        <translation>无法删除草稿：%1</translation>
    </message>
    <message>
        <source>This draft was submitted: its batch keeps it, so it cannot be deleted.</source>
        <translation>此草稿已提交：其批次保留着它，因此不能删除。</translation>
    </message>
    <message>
        <source>This draft no longer exists.</source>
        <translation>此草稿已不存在。</translation>
    </message>
    <message>
        <source>Only the person who prepared this draft can rename or delete it.</source>
        <translation>只有创建此草稿的人才能重命名或删除它。</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>银行所在国家/地区</translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation>SWIFT/BIC</translation>
    </message>
    <message>
        <source>Wallet holder</source>
        <translation>钱包户名</translation>
    </message>
    <message>
        <source>Wallet account</source>
        <translation>钱包账号</translation>
    </message>
    <message>
        <source>Wallet account type</source>
        <translation>钱包账户类型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Deposit key type</source>
        <translation>收款标识类型</translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation>收款标识</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>无法打开记录日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the journal %1: %2</source>
        <translation>无法准备记录日志 %1：%2</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of the console (schema %1).</source>
        <translation>该记录日志由更新版本的控制台写入（结构版本 %1）。</translation>
    </message>
    <message>
        <source>Cannot upgrade the journal: %1</source>
        <translation>无法升级记录日志：%1</translation>
    </message>
    <message>
        <source>The batch body has no request_id or no details.</source>
        <translation>批次内容缺少 request_id 或明细。</translation>
    </message>
    <message>
        <source>The batch could not be recorded: %1</source>
        <translation>无法记录该批次：%1</translation>
    </message>
    <message>
        <source>Frozen for sending</source>
        <translation>已锁定待提交</translation>
    </message>
    <message>
        <source>The batch cannot be read from the team workspace: %1</source>
        <translation>无法从团队工作区读取该批次：%1</translation>
    </message>
    <message>
        <source>Batch %1 was rejected by an approver: it is not sent.</source>
        <translation>批次 %1 已被审批人拒绝了：不会发送。</translation>
    </message>
    <message>
        <source>Batch %1 is not approved yet: in a team workspace a batch is sent only once approved.</source>
        <translation>批次 %1 尚未获批：在团队工作区中，批次只有在获批后才会发送。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded or sent.</source>
        <translation>已取消：没有记录或发送任何内容。</translation>
    </message>
</context>
<context>
    <name>JournalImport</name>
    <message>
        <source>The import stopped (%1): %2</source>
        <translation>导入已停止（%1）：%2</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::ApiClient</name>
    <message>
        <source>No app secret is available for this profile.</source>
        <translation>此配置没有可用的应用密钥。</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>请求内容不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::ApprovalQueueModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求号</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>制单人</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>代付</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::BatchFilterProxyModel</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Unknown (being checked)</source>
        <translation>结果待确认（核实中）</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分付款成功</translation>
    </message>
    <message>
        <source>Failed or rejected</source>
        <translation>失败或已拒绝</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>需要人工处理</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::BatchListModel</name>
    <message>
        <source>%1 paid, %2 failed, %3 pending</source>
        <translation>%1 笔成功，%2 笔失败，%3 笔处理中</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求号</translation>
    </message>
    <message>
        <source>Lesspay order</source>
        <translation>Lesspay 订单号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>代付笔数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Payouts paid / failed / pending</source>
        <translation>代付：成功 / 失败 / 处理中</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::BatchModel</name>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>电子钱包</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Holder name</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation>SWIFT/BIC</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>标识类型</translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation>收款标识</translation>
    </message>
    <message>
        <source>Row %1 of this batch pays the same account the same amount.</source>
        <translation>本批次第 %1 行以相同金额向同一账户付款。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::ConnectionTester</name>
    <message>
        <source>The credentials work: the server accepted the signed request.</source>
        <translation>凭据有效：服务器已接受签名请求。</translation>
    </message>
    <message>
        <source>The server rejected the signature (HTTP 401): the secret or the APPID is wrong.</source>
        <translation>服务器拒绝了签名（HTTP 401）：密钥或 APPID 有误。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::DetailStatusModel</name>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation>处理中（%1）</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Fail reason</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Channel order no.</source>
        <translation>渠道订单号</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收款人</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::DirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Last amount</source>
        <translation>上次金额</translation>
    </message>
    <message>
        <source>Last paid</source>
        <translation>上次付款</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::DraftSession</name>
    <message>
        <source>Row %1 (%2, %3): the account differs from the payee&apos;s saved details or changed lately. Confirm the row in the review before sending.</source>
        <translation>第 %1 行（%2，%3）：账户与收款人已保存的信息不同或最近被修改。请先在审核中确认该行再发送。</translation>
    </message>
    <message>
        <source>This is not the request of the batch&apos;s last review. Review the batch again.</source>
        <translation>这不是该批次最近一次核对的请求。请重新核对该批次。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded or sent.</source>
        <translation>已取消：没有记录或发送任何内容。</translation>
    </message>
    <message>
        <source>The draft is being reviewed or submitted. Delete it once that has ended.</source>
        <translation>此草稿正在审核或提交中。请在结束后再删除。</translation>
    </message>
    <message>
        <source>The open draft&apos;s changes are not in the journal yet: it stays open until the team database is back and they are written.</source>
        <translation>打开的草稿的修改尚未写入记录日志：在团队数据库恢复并写入这些修改之前，它保持打开。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::JournalConnectionMonitor</name>
    <message>
        <source>The team database cannot be reached: nothing is sent until the connection is back.</source>
        <translation>无法连接团队数据库：连接恢复之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>The team database refuses this login (password or role changed): nothing is sent until it accepts it again.</source>
        <translation>团队数据库拒绝了此登录（密码或角色已更改）：在它再次接受之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>The team database was upgraded by a newer version of the console: update this console. Nothing is written meanwhile.</source>
        <translation>团队数据库已被更新版本的控制台升级：请更新此控制台。在此期间不会写入任何内容。</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>服务器关闭了连接。</translation>
    </message>
    <message>
        <source>Schema %1, this console knows %2.</source>
        <translation>结构版本 %1，此控制台支持 %2。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::JournalSidebarModel</name>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted batches</source>
        <translation>已提交批次</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>草稿 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n row(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>最后修改于 %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>Made from the failed payouts of batch %1</source>
        <translation>由批次 %1 的失败代付生成</translation>
    </message>
    <message>
        <source>Retries the failed payouts of batch %1</source>
        <translation>重新支付批次 %1 的失败代付</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::KeychainSecretStore</name>
    <message>
        <source>no answer after %1 ms</source>
        <translation>%1 毫秒后仍无响应</translation>
    </message>
    <message>
        <source>no keyring is set up, and making one would ask for a new keyring password</source>
        <translation>尚未设置密钥环，新建密钥环需要设置新的密码</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::LocalSandboxLauncher</name>
    <message>
        <source>the Local sandbox profile was removed</source>
        <translation>本地沙箱配置已被删除</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>本地沙箱</translation>
    </message>
    <message>
        <source>the secret kept in memory for this run was lost</source>
        <translation>本次运行保存在内存中的密钥已丢失</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::OneShotExchange</name>
    <message>
        <source>the address %1 is neither http nor https; nothing was sent</source>
        <translation>地址 %1 既不是 http 也不是 https；未发送任何内容</translation>
    </message>
    <message>
        <source>this build has no TLS support; nothing was sent</source>
        <translation>此版本不支持 TLS；未发送任何内容</translation>
    </message>
    <message>
        <source>no complete answer within the deadline</source>
        <translation>在期限内未收到完整响应</translation>
    </message>
    <message>
        <source>the server&apos;s answer has oversized headers</source>
        <translation>服务器响应的标头过大</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP/1.1</source>
        <translation>服务器的响应不是 HTTP/1.1</translation>
    </message>
    <message>
        <source>the server&apos;s answer has a broken chunked body</source>
        <translation>服务器响应的分块正文已损坏</translation>
    </message>
    <message>
        <source>the server&apos;s answer has an unusable Content-Length</source>
        <translation>服务器响应的 Content-Length 无法使用</translation>
    </message>
    <message>
        <source>the server&apos;s answer is too long</source>
        <translation>服务器的响应过长</translation>
    </message>
    <message>
        <source>no connection to %1 could be made in time; nothing was sent</source>
        <translation>未能及时连接到 %1；未发送任何内容</translation>
    </message>
    <message>
        <source>the server&apos;s certificate expired on %1</source>
        <translation>服务器证书已于 %1 过期</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is valid only from %1</source>
        <translation>服务器证书自 %1 起才生效</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is self-signed and not trusted</source>
        <translation>服务器证书为自签名证书，不受信任</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for %1, not for %2</source>
        <translation>服务器证书颁发给 %1，而不是 %2</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was revoked</source>
        <translation>服务器证书已被吊销</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not signed by a trusted authority</source>
        <translation>服务器证书不是由受信任的机构签发的</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was not accepted: %1</source>
        <translation>服务器证书未被接受：%1</translation>
    </message>
    <message>
        <source>the proxy %1 did not open a connection to %2 (%3)</source>
        <translation>代理 %1 未建立到 %2 的连接（%3）</translation>
    </message>
    <message>
        <source>the host name %1 could not be found</source>
        <translation>找不到主机名 %1</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 拒绝了连接</translation>
    </message>
    <message>
        <source>the secure connection to %1 could not be set up (%2)</source>
        <translation>无法建立到 %1 的安全连接（%2）</translation>
    </message>
    <message>
        <source>the network to %1 is unreachable (%2)</source>
        <translation>无法访问到 %1 的网络（%2）</translation>
    </message>
    <message>
        <source>the connection to %1 failed (%2)</source>
        <translation>到 %1 的连接失败（%2）</translation>
    </message>
    <message>
        <source>%1; nothing was sent</source>
        <translation>%1；未发送任何内容</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::PayeeDirectory</name>
    <message>
        <source>%1 is a saved payee, not paid yet.</source>
        <translation>%1 是已保存的收款人，尚未付款。</translation>
    </message>
    <message>
        <source>%1 was last paid %2 %3 on %4.</source>
        <translation>%1 上次于 %4 收到 %2 %3。</translation>
    </message>
    <message>
        <source>The payee no longer exists.</source>
        <translation>该收款人已不存在。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>配置需要名称。</translation>
    </message>
    <message>
        <source>The APPID is missing.</source>
        <translation>缺少 APPID。</translation>
    </message>
    <message>
        <source>The base URL must be an http or https URL with a host.</source>
        <translation>基础 URL 必须是包含主机名的 http 或 https 地址。</translation>
    </message>
    <message>
        <source>A production base URL must use https.</source>
        <translation>生产环境的基础 URL 必须使用 https。</translation>
    </message>
    <message>
        <source>The supported-banks path must start with &apos;/&apos;.</source>
        <translation>支持银行列表的路径必须以“/”开头。</translation>
    </message>
    <message>
        <source>The notify URL must be an http or https URL with a host.</source>
        <translation>通知地址必须是包含主机名的 http 或 https 地址。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Reconciler</name>
    <message>
        <source>Resumed: asking Lesspay whether the batch arrived</source>
        <translation>已恢复：正在向 Lesspay 查询批次是否送达</translation>
    </message>
    <message>
        <source>Accepted by Lesspay</source>
        <translation>Lesspay 已受理</translation>
    </message>
    <message>
        <source>Lesspay already has this request_id: asking for it</source>
        <translation>Lesspay 已有此 request_id：正在查询</translation>
    </message>
    <message>
        <source>Lesspay holds a different batch under this request_id</source>
        <translation>Lesspay 在此 request_id 下保存的是另一个批次</translation>
    </message>
    <message>
        <source>Found at Lesspay</source>
        <translation>已在 Lesspay 找到</translation>
    </message>
    <message>
        <source>Lesspay reports %1 %2 for this request_id; the console sent %3 %4.</source>
        <translation>Lesspay 对此 request_id 报告的是 %1 %2，而控制台提交的是 %3 %4。</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>由 %1 发送</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::SandboxProcess</name>
    <message>
        <source>the sandbox did not report its port within %1 ms</source>
        <translation>沙箱未在 %1 毫秒内报告端口</translation>
    </message>
    <message>
        <source>the sandbox is already running</source>
        <translation>沙箱已在运行</translation>
    </message>
    <message>
        <source>the lesspay-sandbox program was not found</source>
        <translation>找不到 lesspay-sandbox 程序</translation>
    </message>
    <message>
        <source>the sandbox could not be started: %1</source>
        <translation>无法启动沙箱：%1</translation>
    </message>
    <message>
        <source>the sandbox stopped unexpectedly</source>
        <translation>沙箱意外停止</translation>
    </message>
    <message>
        <source>the sandbox exited with code %1</source>
        <translation>沙箱已退出，退出码 %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::SecretResult</name>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>no secret saved, or the keychain is locked</source>
        <translation>未保存密钥，或密钥环已锁定</translation>
    </message>
    <message>
        <source>keychain unavailable: %1</source>
        <translation>密钥环不可用：%1</translation>
    </message>
    <message>
        <source>the keychain did not answer in time: %1</source>
        <translation>密钥环未及时响应：%1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Settings</name>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file</source>
        <translation>%1 不是有效的设置文件</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::SubmissionEngine</name>
    <message>
        <source>The batch was saved but could not be sent: no connection is set up for its profile.</source>
        <translation>批次已保存但无法提交：其配置尚未设置连接。</translation>
    </message>
    <message>
        <source>Only a batch that was not sent can be sent again.</source>
        <translation>只有未发送的批次才能重新发送。</translation>
    </message>
    <message>
        <source>Sent again by a person</source>
        <translation>已由人工重新发送</translation>
    </message>
    <message>
        <source>The batch could not be sent: no connection is set up for its profile.</source>
        <translation>无法发送批次：其配置尚未设置连接。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::WorkbookDamage</name>
    <message>
        <source>The cell holds a formula without a saved value (the program that saved the workbook did not calculate it). Open the workbook in Excel or LibreOffice, save it and import it again.</source>
        <translation>单元格中的公式没有保存的值（保存工作簿的程序没有计算它）。请在 Excel 或 LibreOffice 中打开工作簿，保存后重新导入。</translation>
    </message>
    <message>
        <source>The cell holds the error %1 instead of a value.</source>
        <translation>单元格中是错误 %1，而不是值。</translation>
    </message>
    <message>
        <source>The amount cell holds a date (%1); a date is never read as an amount.</source>
        <translation>金额单元格中是日期（%1）；日期绝不会被读作金额。</translation>
    </message>
    <message>
        <source>The cell holds a date (%1): the spreadsheet probably took the value for a date. Format the column as Text, type the value again and save.</source>
        <translation>单元格中是日期（%1）：电子表格可能把该值当成了日期。请把该列设为“文本”格式，重新输入该值并保存。</translation>
    </message>
    <message>
        <source>The cell holds the logical value %1, not a value for this field.</source>
        <translation>单元格中是逻辑值 %1，不是此字段的值。</translation>
    </message>
    <message>
        <source>%1 is stored as a number of more than 15 digits: Excel keeps only the first 15, so the rest are lost. Format the column as Text, type the value again and save.</source>
        <translation>%1 以超过 15 位的数字保存：Excel 只保留前 15 位，其余数字已丢失。请把该列设为“文本”格式，重新输入该值并保存。</translation>
    </message>
    <message>
        <source>The amount is stored with binary noise beyond the digits the cell shows; it was read as %1, the value the cell shows.</source>
        <translation>金额在单元格显示的位数之外带有二进制误差；已按单元格显示的值 %1 读取。</translation>
    </message>
    <message>
        <source>The amount&apos;s number format shows currency text; the number %1 was read without it. Check that it is in the batch&apos;s currency.</source>
        <translation>金额的数字格式带有货币文字；已读取数字 %1，不含该文字。请确认它是批次的币种。</translation>
    </message>
    <message>
        <source>%1 is stored as a number, so a leading 0 or + would have been dropped. Check it; format the column as Text to keep such values as typed.</source>
        <translation>%1 以数字保存，开头的 0 或 + 可能已被去掉。请核对；把该列设为“文本”格式可按输入原样保留这类值。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxExporter</name>
    <message>
        <source>Lesspay payout template (%1)</source>
        <translation>Lesspay 代付模板（%1）</translation>
    </message>
    <message>
        <source>Fill the Payouts sheet: one payout per row, below the header. Replace or delete the two example rows.</source>
        <translation>请填写 Payouts 工作表：在表头下方每行一笔代付。替换或删除两行示例。</translation>
    </message>
    <message>
        <source>destination_type: bank or ewallet. Fill the bank_ columns for a bank account, the e_wallet. columns for an e-wallet.</source>
        <translation>destination_type：bank 或 ewallet。银行账户填写 bank_ 列，电子钱包填写 e_wallet. 列。</translation>
    </message>
    <message>
        <source>Account numbers, phone numbers and keys are text cells: type them with their leading zeros and +. Do not change these columns to a number format.</source>
        <translation>账号、手机号和标识是文本单元格：请连同开头的 0 和 + 一起输入。不要把这些列改为数字格式。</translation>
    </message>
    <message>
        <source>The lists in the account type, provider and key type columns offer the values the console accepts.</source>
        <translation>账户类型、服务商和标识类型列中的下拉列表提供控制台接受的值。</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>mch_order_id: your unique reference for the payout. amount: a number with at most %n decimal(s), in %1.</source>
        <translation>
            <numerusform>mch_order_id：您为这笔代付设定的唯一编号。amount：金额，以 %1 计，最多 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the workbook in the Lesspay console (File &gt; Import…, which reads CSV files and workbooks) or with lesspay-cli validate.</source>
        <translation>在 Lesspay 控制台中导入工作簿（文件 &gt; 导入…，可读取 CSV 文件和工作簿），或使用 lesspay-cli validate。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxPackage</name>
    <message>
        <source>The workbook could not be read.</source>
        <translation>无法读取工作簿。</translation>
    </message>
    <message>
        <source>The workbook is larger than %1 MB, the limit for an import.</source>
        <translation>工作簿大于导入上限 %1 MB。</translation>
    </message>
    <message>
        <source>The file is not a workbook: its zip directory is missing or damaged.</source>
        <translation>该文件不是工作簿：其 zip 目录缺失或已损坏。</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 parts; workbooks have a few dozen.</source>
        <translation>工作簿包含超过 %1 个部件；正常工作簿只有几十个。</translation>
    </message>
    <message>
        <source>The workbook&apos;s zip directory is damaged.</source>
        <translation>工作簿的 zip 目录已损坏。</translation>
    </message>
    <message>
        <source>The workbook is encrypted. Save it without a password and import it again.</source>
        <translation>工作簿已加密。请不设密码另存后重新导入。</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>工作簿中没有部件 %1。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to %2 MB, more than the limit of %3 MB: the file was refused.</source>
        <translation>工作簿部件 %1 解压后为 %2 MB，超过上限 %3 MB：已拒绝该文件。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 cannot be unpacked.</source>
        <translation>无法解压工作簿部件 %1。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is damaged and cannot be unpacked.</source>
        <translation>工作簿部件 %1 已损坏，无法解压。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is damaged (its checksum is wrong).</source>
        <translation>工作簿部件 %1 已损坏（校验和错误）。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to more than %2 MB: the file was refused.</source>
        <translation>工作簿部件 %1 解压后超过 %2 MB：已拒绝该文件。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to more than %2 times its packed size, which no spreadsheet program writes: the file was refused as a zip bomb.</source>
        <translation>工作簿部件 %1 解压后超过压缩大小的 %2 倍，电子表格程序不会写出这样的文件：已作为压缩炸弹拒绝该文件。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is larger than %2 MB: the file was refused.</source>
        <translation>工作簿部件 %1 大于 %2 MB：已拒绝该文件。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxReader</name>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is not well-formed XML (line %2: %3).</source>
        <translation>工作簿部件 %1 不是格式正确的 XML（第 %2 行：%3）。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 declares a document type, which workbooks never do: the file was refused.</source>
        <translation>工作簿部件 %1 声明了文档类型，工作簿从不这样做：已拒绝该文件。</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx). OpenDocument spreadsheets (.ods) and other formats: save the sheet as .xlsx or CSV.</source>
        <translation>该文件是 zip 压缩包，但不是 Excel 工作簿（.xlsx）。OpenDocument 电子表格（.ods）等格式：请将工作表另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>The file is a zip archive but holds no workbook.</source>
        <translation>该文件是 zip 压缩包，但不含工作簿。</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 distinct texts: the file was refused.</source>
        <translation>工作簿包含超过 %1 个不同的文本：已拒绝该文件。</translation>
    </message>
    <message>
        <source>The file is an Excel 97-2003 workbook (.xls) or a workbook protected by a password, which the console cannot read. In Excel, save it as &quot;Excel Workbook (.xlsx)&quot; without a password, or as &quot;CSV UTF-8&quot;.</source>
        <translation>该文件是 Excel 97-2003 工作簿（.xls）或受密码保护的工作簿，控制台无法读取。请在 Excel 中将其另存为“Excel 工作簿 (.xlsx)”（不设密码），或另存为“CSV UTF-8”。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxSheetRows</name>
    <message>
        <source>The sheet&apos;s rows are out of order.</source>
        <translation>工作表的行顺序错乱。</translation>
    </message>
    <message>
        <source>A cell has an invalid reference.</source>
        <translation>某个单元格的引用无效。</translation>
    </message>
    <message>
        <source>A cell lies beyond column %1.</source>
        <translation>某个单元格位于第 %1 列之后。</translation>
    </message>
    <message>
        <source>A cell refers to a shared text that does not exist.</source>
        <translation>某个单元格引用了不存在的共享文本。</translation>
    </message>
    <message>
        <source>A number cell holds %1, which is no number.</source>
        <translation>数字单元格中是 %1，它不是数字。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::AboutDialog</name>
    <message>
        <source>About Lesspay Payout Console</source>
        <translation>关于 Lesspay 代付控制台</translation>
    </message>
    <message>
        <source>Lesspay Payout Console</source>
        <translation>Lesspay 代付控制台</translation>
    </message>
    <message>
        <source>Prepare, submit and track payout batches to bank accounts and e-wallets.</source>
        <translation>创建、提交并跟踪向银行账户和电子钱包付款的代付批次。</translation>
    </message>
    <message>
        <source>This program is free software, licensed under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty.</source>
        <translation>本程序是自由软件，依据 &lt;a href=&quot;%1&quot;&gt;GNU 通用公共许可证第 3 版或更高版本&lt;/a&gt;授权，不提供任何担保。</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（编译时为 %2）</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ApprovalsPage</name>
    <message>
        <source>Review and &amp;approve…</source>
        <translation>审核并批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>拒绝(&amp;J)…</translation>
    </message>
    <message>
        <source>Send to &amp;Lesspay</source>
        <translation>发送到 Lesspay(&amp;L)</translation>
    </message>
    <message>
        <source>Opens the batch in the review, as it was frozen; approving asks for a comment.</source>
        <translation>按冻结时的内容在审核中打开该批次；批准时需填写意见。</translation>
    </message>
    <message>
        <source>Sends the approved batch with this computer&apos;s profile and its appSecret.</source>
        <translation>使用本机的配置及其 appSecret 发送已批准的批次。</translation>
    </message>
    <message>
        <source>Only an approver sends an approved batch.</source>
        <translation>只有审批人可以发送已批准的批次。</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>等待您审批</translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation>已批准，尚未发送</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Batch %1 cannot be read: its frozen request is not a payout batch.</source>
        <translation>无法读取批次 %1：其冻结的请求不是代付批次。</translation>
    </message>
    <message>
        <source>Review batch %1 for approval</source>
        <translation>审核批次 %1 以便审批</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <source>Comment (kept with your approval):</source>
        <translation>意见（与您的批准一起保存）：</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>The workspace did not accept the approval of %1: %2</source>
        <translation>工作区未接受对 %1 的批准：%2</translation>
    </message>
    <message>
        <source>%1 is approved and may be sent.</source>
        <translation>%1 已批准，可以发送。</translation>
    </message>
    <message>
        <source>Your approval of %1 is recorded; it needs another approver.</source>
        <translation>您对 %1 的批准已记录；还需要另一位审批人。</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>拒绝 %1</translation>
    </message>
    <message>
        <source>Why do you reject it? The preparer reads this:</source>
        <translation>拒绝的原因是什么？制单人会看到：</translation>
    </message>
    <message>
        <source>Rejection not recorded</source>
        <translation>拒绝未记录</translation>
    </message>
    <message>
        <source>The workspace did not accept the rejection of %1: %2</source>
        <translation>工作区未接受对 %1 的拒绝：%2</translation>
    </message>
    <message>
        <source>%1 is rejected; it will not be sent.</source>
        <translation>%1 已拒绝，不会发送。</translation>
    </message>
    <message>
        <source>%1 was prepared with a profile this computer does not have; add the profile to send it.</source>
        <translation>%1 使用了本机没有的配置；请添加该配置后再发送。</translation>
    </message>
    <message>
        <source>%1 is on its way to Lesspay; the Batches page follows it.</source>
        <translation>%1 正在发送到 Lesspay；“批次”页面会跟踪它。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchDetailWidget</name>
    <message>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Export &amp;results…</source>
        <translation>导出结果(&amp;R)…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>接口调用</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Select a request or response to see its body (account data masked).</source>
        <translation>选择一个请求或响应以查看其内容（账户信息已遮盖）。</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>代付明细</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Requests and responses</source>
        <translation>请求与响应</translation>
    </message>
    <message>
        <source>No batch selected</source>
        <translation>未选择批次</translation>
    </message>
    <message>
        <source>Select a batch above to see its payouts, its timeline and its history.</source>
        <translation>在上方选择一个批次，即可查看其代付明细、时间线和历史记录。</translation>
    </message>
    <message>
        <source>This batch is no longer in the journal.</source>
        <translation>此批次已不在记录日志中。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · Lesspay %2 · %3</source>
        <translation>%1 · Lesspay %2 · %3</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>批次：%1</translation>
    </message>
    <message>
        <source>Payout %1</source>
        <translation>代付 %1</translation>
    </message>
    <message>
        <source>%1-failed.csv</source>
        <translation>%1-失败.csv</translation>
    </message>
    <message>
        <source>%1-results.csv</source>
        <translation>%1-结果.csv</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Payouts of the batch</source>
        <translation>批次的代付明细</translation>
    </message>
    <message>
        <source>Timeline of the batch</source>
        <translation>批次的时间线</translation>
    </message>
    <message>
        <source>Body of the selected request or response</source>
        <translation>所选请求或响应的内容</translation>
    </message>
    <message>
        <source>Refresh th&amp;is batch</source>
        <translation>刷新此批次(&amp;I)</translation>
    </message>
    <message>
        <source>Export f&amp;ailed…</source>
        <translation>导出失败代付(&amp;A)…</translation>
    </message>
    <message>
        <source>New draft from failed pa&amp;youts</source>
        <translation>用失败代付新建草稿(&amp;Y)</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>重新发送(&amp;A)</translation>
    </message>
    <message>
        <source>Sends the batch unchanged, with the same request_id, once the cause is fixed.</source>
        <translation>排除原因后，原样发送该批次，request_id 保持不变。</translation>
    </message>
    <message>
        <source>Save the batch report as a PDF file</source>
        <translation>将批次报告保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Write a PDF for each paid payout to tell its payee what was paid</source>
        <translation>为每笔已付款的代付生成一个 PDF，告知收款人所付内容</translation>
    </message>
    <message>
        <source>Payment advice is written for the paid payouts of a final batch</source>
        <translation>付款通知仅为已终结批次中已付款的代付生成</translation>
    </message>
    <message>
        <source>Payment advice names the payer: enter the payer name of this batch&apos;s profile in Settings → Profiles first.</source>
        <translation>付款通知需注明付款方：请先在“设置 → 配置”中填写该批次所用配置的付款方名称。</translation>
    </message>
    <message>
        <source>Payment ad&amp;vice…</source>
        <translation>付款通知(&amp;V)…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>导出 PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the batch report: totals, every payout and the audit trail (%1)</source>
        <translation>打印批次报告：合计、每笔代付及审计记录（%1）</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Retries the failed payouts of batch %1</source>
        <translation>重新支付批次 %1 的失败代付</translation>
    </message>
    <message>
        <source>Export failed payouts</source>
        <translation>导出失败代付</translation>
    </message>
    <message>
        <source>The failed payouts were not saved to %1: %2</source>
        <translation>失败代付未能保存到 %1：%2</translation>
    </message>
    <message>
        <source>The results were not saved to %1: %2</source>
        <translation>结果未能保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchEditProxyModel</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchEditor</name>
    <message>
        <source>Request ID</source>
        <translation>请求号</translation>
    </message>
    <message>
        <source>Way type</source>
        <translation>通道类型</translation>
    </message>
    <message>
        <source>Way code</source>
        <translation>通道编码</translation>
    </message>
    <message>
        <source>Notify URL</source>
        <translation>通知地址</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>代付明细</translation>
    </message>
    <message>
        <source>Generated by the console; it identifies this batch at Lesspay and is never reused</source>
        <translation>由控制台生成，用于在 Lesspay 识别此批次，永不重复使用</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>https://example.com/lesspay/notify</source>
        <translation>https://example.com/lesspay/notify</translation>
    </message>
    <message>
        <source>&amp;Request ID:</source>
        <translation>请求号(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Notify URL:</source>
        <translation>通知地址(&amp;N)：</translation>
    </message>
    <message>
        <source>Way &amp;type:</source>
        <translation>通道类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Way c&amp;ode:</source>
        <translation>通道编码(&amp;O)：</translation>
    </message>
    <message>
        <source>Add bank row</source>
        <translation>添加银行行</translation>
    </message>
    <message>
        <source>Add e-wallet row</source>
        <translation>添加电子钱包行</translation>
    </message>
    <message>
        <source>Add bank recipient…</source>
        <translation>添加银行收款人…</translation>
    </message>
    <message>
        <source>Add e-wallet recipient…</source>
        <translation>添加电子钱包收款人…</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>复制为新行</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清空单元格</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Show account numbers</source>
        <translation>显示完整账号</translation>
    </message>
    <message>
        <source>Hide account numbers</source>
        <translation>隐藏账号</translation>
    </message>
    <message>
        <source>Edit way type</source>
        <translation>编辑通道类型</translation>
    </message>
    <message>
        <source>Edit way code</source>
        <translation>编辑通道编码</translation>
    </message>
    <message>
        <source>Edit notify URL</source>
        <translation>编辑通知地址</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>更改币种</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>将 %n 行复制为新行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Add bank recipient</source>
        <translation>添加银行收款人</translation>
    </message>
    <message>
        <source>Add e-wallet recipient</source>
        <translation>添加电子钱包收款人</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>New draft from this batch</source>
        <translation>从此批次新建草稿</translation>
    </message>
    <message>
        <source>New draft from &amp;this batch</source>
        <translation>从此批次新建草稿(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the rows of this submitted batch into a new draft with a new request ID</source>
        <translation>将此已提交批次的各行复制到一个新草稿中，并使用新的请求号</translation>
    </message>
    <message>
        <source>Submitted as %1: this is exactly what was sent to Lesspay, and it cannot be changed. To send these payouts again or changed, start a new draft from this batch.</source>
        <translation>已提交为 %1：这正是发送给 Lesspay 的内容，不能更改。若要再次发送这些代付或修改后发送，请从此批次新建草稿。</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message numerus="yes">
        <source>Change the currency of this draft from %1 to %2? Its %n row(s) keep their amounts as typed, paid in %2.</source>
        <translation>
            <numerusform>将此草稿的币种从 %1 改为 %2？其 %n 行保留输入的金额，以 %2 付款。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bank row(s) are not in %1, the country of %2, and will be flagged: %3.</source>
        <translation>
            <numerusform>%n 个银行行不在 %2 的国家 %1，将被标记：%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add payees…</source>
        <translation>添加收款人…</translation>
    </message>
    <message>
        <source>Save to directory</source>
        <translation>保存到收款人名录</translation>
    </message>
    <message>
        <source>Fill from %1</source>
        <translation>用 %1 填充</translation>
    </message>
    <message numerus="yes">
        <source>Add %n payee(s)</source>
        <translation>
            <numerusform>添加 %n 个收款人</numerusform>
        </translation>
    </message>
    <message>
        <source>Update payee</source>
        <translation>更新收款人</translation>
    </message>
    <message>
        <source>%1 is saved with other account details. Replace the saved account with this row&apos;s? Choose No to keep both accounts.</source>
        <translation>%1 已保存的账户信息不同。是否用此行的账户替换已保存的账户？选择“否”则保留两个账户。</translation>
    </message>
    <message>
        <source>Open payee in directory</source>
        <translation>在收款人名录中打开收款人</translation>
    </message>
    <message>
        <source>Bank row</source>
        <translation>银行行</translation>
    </message>
    <message>
        <source>E-wallet row</source>
        <translation>电子钱包行</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>添加收款人</translation>
    </message>
    <message>
        <source>Add a recipient through a form, or payees saved in the directory</source>
        <translation>通过表单添加收款人，或添加名录中已保存的收款人</translation>
    </message>
    <message>
        <source>Made from the failed payouts of batch %1</source>
        <translation>由批次 %1 的失败代付生成</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchItemDelegate</name>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>电子钱包</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchNotifier</name>
    <message>
        <source>Batch paid</source>
        <translation>批次已付款</translation>
    </message>
    <message>
        <source>Batch partly paid</source>
        <translation>批次部分付款成功</translation>
    </message>
    <message>
        <source>Batch failed</source>
        <translation>批次失败</translation>
    </message>
    <message>
        <source>Batch rejected</source>
        <translation>批次已拒绝</translation>
    </message>
    <message>
        <source>Batch needs a person</source>
        <translation>批次需要人工处理</translation>
    </message>
    <message>
        <source>Batch updated</source>
        <translation>批次已更新</translation>
    </message>
    <message>
        <source>Every payout of %1 was paid.</source>
        <translation>%1 的所有代付均已付款。</translation>
    </message>
    <message>
        <source>Some payouts of %1 failed; see the Batches view.</source>
        <translation>%1 的部分代付失败，请查看“批次”视图。</translation>
    </message>
    <message>
        <source>No payout of %1 was paid; see the Batches view.</source>
        <translation>%1 没有任何代付付款成功，请查看“批次”视图。</translation>
    </message>
    <message>
        <source>Lesspay refused %1; nothing was paid.</source>
        <translation>Lesspay 拒绝了 %1，未付出任何款项。</translation>
    </message>
    <message>
        <source>The console stopped on %1; please check it with Lesspay.</source>
        <translation>控制台已停止处理 %1，请与 Lesspay 核实。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchesView</name>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Search request ID, Lesspay order, profile, total…</source>
        <translation>搜索请求号、Lesspay 订单号、配置、合计…</translation>
    </message>
    <message>
        <source>Show the batches that failed, were partly paid or need a person</source>
        <translation>显示失败、部分付款成功或需要人工处理的批次</translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation>立即刷新(&amp;N)</translation>
    </message>
    <message>
        <source>Batches (%1)</source>
        <translation>批次（%1）</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>创建时间起</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>创建时间止</translation>
    </message>
    <message>
        <source>Search batches</source>
        <translation>搜索批次</translation>
    </message>
    <message>
        <source>Submitted batches</source>
        <translation>已提交批次</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>需要处理：%1</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <source>The batch cannot be sent from here.</source>
        <translation>无法从此处发送该批次。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ColumnMappingDialog</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Check which field each column holds. Columns set to “Ignore” are not imported.</source>
        <translation>请确认每一列对应的字段。设为“忽略”的列不会导入。</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>第 %1 列对应的字段</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <source>Decimal separator of the amounts</source>
        <translation>金额的小数分隔符</translation>
    </message>
    <message>
        <source>Point: 1234.56</source>
        <translation>小数点：1234.56</translation>
    </message>
    <message>
        <source>Comma: 1234,56</source>
        <translation>逗号：1234,56</translation>
    </message>
    <message>
        <source>Amounts use a &amp;decimal:</source>
        <translation>金额的小数分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → not an amount</source>
        <translation>%1 → 不是金额</translation>
    </message>
    <message>
        <source>Most amounts of this file cannot be read with a decimal point. With a decimal comma, “%1” reads as %2: choose the separator the file means.</source>
        <translation>此文件的大多数金额无法按小数点读取。按小数逗号读取时，“%1”为 %2：请选择文件实际使用的分隔符。</translation>
    </message>
    <message>
        <source>Most amounts of this file cannot be read with a decimal comma. With a decimal point, “%1” reads as %2: choose the separator the file means.</source>
        <translation>此文件的大多数金额无法按小数逗号读取。按小数点读取时，“%1”为 %2：请选择文件实际使用的分隔符。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::CsvFlow</name>
    <message>
        <source>Import recipients</source>
        <translation>导入收款人</translation>
    </message>
    <message>
        <source>Export recipients</source>
        <translation>导出收款人</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>No column mapping was remembered.</source>
        <translation>没有记住的列对应关系。</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n remembered column mapping(s); the next import of such a file asks again.</source>
        <translation>
            <numerusform>已忘记 %n 个记住的列对应关系；下次导入这类文件时会重新询问。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>收款人文件 (*.csv *.xlsx);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1；%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported</source>
        <translation>
            <numerusform>已导入 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to look at</source>
        <translation>
            <numerusform>%n 个问题待查看</numerusform>
        </translation>
    </message>
    <message>
        <source>Export not saved</source>
        <translation>导出未保存</translation>
    </message>
    <message>
        <source>The recipients could not be saved to %1: %2</source>
        <translation>无法将收款人保存到 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1, readable only by you: it holds full account numbers.</source>
        <translation>已导出到 %1，仅您本人可读：其中含有完整账号。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::DepositKeyInput</name>
    <message>
        <source>CPF</source>
        <translation>CPF</translation>
    </message>
    <message>
        <source>CNPJ</source>
        <translation>CNPJ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Random key (UUID)</source>
        <translation>随机标识（UUID）</translation>
    </message>
    <message>
        <source>000.000.000-00 (11 digits)</source>
        <translation>000.000.000-00（11 位数字）</translation>
    </message>
    <message>
        <source>00.000.000/0000-00 (14 characters)</source>
        <translation>00.000.000/0000-00（14 位字符）</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+63 917 123 4567 (with country code)</source>
        <translation>+63 917 123 4567（含国家/地区代码）</translation>
    </message>
    <message>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::DirectoryPage</name>
    <message>
        <source>Search name, reference, tag or notes</source>
        <translation>搜索名称、参考号、标签或备注</translation>
    </message>
    <message>
        <source>Search payees</source>
        <translation>搜索收款人</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Export directory…</source>
        <translation>导出收款人名录…</translation>
    </message>
    <message>
        <source>Import directory…</source>
        <translation>导入收款人名录…</translation>
    </message>
    <message>
        <source>Payee details</source>
        <translation>收款人详情</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>收款人名录</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>E-wallet %1 %2, key %3</source>
        <translation>电子钱包 %1 %2，收款标识 %3</translation>
    </message>
    <message>
        <source>Bank %1 (%2) %3</source>
        <translation>银行 %1（%2）%3</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>修改于 %1</translation>
    </message>
    <message>
        <source>Payouts:</source>
        <translation>代付记录：</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>修改记录：</translation>
    </message>
    <message>
        <source>Export directory</source>
        <translation>导出收款人名录</translation>
    </message>
    <message>
        <source>The directory was written to %1 with full account numbers; only you can read the file.</source>
        <translation>收款人名录已写入 %1，包含完整账号；只有您可以读取该文件。</translation>
    </message>
    <message>
        <source>Import directory</source>
        <translation>导入收款人名录</translation>
    </message>
    <message numerus="yes">
        <source>%n payee(s) added</source>
        <translation>
            <numerusform>已添加 %n 个收款人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) added</source>
        <translation>
            <numerusform>已添加 %n 个账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>已跳过 %n 个重复项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>已拒绝 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payee to see its accounts, its payouts and the history of its changes.</source>
        <translation>选择一个收款人，查看其账户、代付记录和变更历史。</translation>
    </message>
    <message>
        <source>New payee…</source>
        <translation>新建收款人…</translation>
    </message>
    <message>
        <source>Edit payee…</source>
        <translation>编辑收款人…</translation>
    </message>
    <message>
        <source>Delete payee</source>
        <translation>删除收款人</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Directory files (*.csv *.xlsx);;All files (*)</source>
        <translation>收款人名录文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and %n saved account(s) from the directory? The history of its changes stays.</source>
        <translation>
            <numerusform>从收款人名录中删除 %1 及其 %n 个已保存账户？其修改记录会保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::DirectorySettingsDialog</name>
    <message>
        <source>Changed-account warning</source>
        <translation>账户变更提醒</translation>
    </message>
    <message>
        <source>Days a changed account is flagged</source>
        <translation>变更账户的标记天数</translation>
    </message>
    <message>
        <source>A row paying a saved payee&apos;s account that was added or changed within this many days is flagged in the editor and the review, and a person must confirm it before Production. An account that is none of the payee&apos;s saved ones is always flagged.</source>
        <translation>如果某一行付款到收款人的已保存账户，而该账户在此天数内被添加或修改，该行会在编辑器和审核中被标记，并且在生产环境中须由人工确认。不属于收款人任何已保存账户的账户始终会被标记。</translation>
    </message>
    <message>
        <source>Flag changed accounts for (&amp;days):</source>
        <translation>变更账户标记天数(&amp;D)：</translation>
    </message>
    <message>
        <source>Changed-&amp;account warning…</source>
        <translation>账户变更提醒(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::FirstRunPage</name>
    <message>
        <source>Welcome to Lesspay Payout Console</source>
        <translation>欢迎使用 Lesspay 代付控制台</translation>
    </message>
    <message>
        <source>Prepare payout batches to bank accounts and e-wallets, check every recipient as you type, submit the batch and follow each payout to its final status.</source>
        <translation>创建向银行账户和电子钱包付款的代付批次，输入时即校验每位收款人，提交批次后跟踪每笔代付直至最终状态。</translation>
    </message>
    <message>
        <source>Try it safely with the local sandbox</source>
        <translation>先用本地沙箱放心试用</translation>
    </message>
    <message>
        <source>The console comes with a local sandbox: a server on this computer that behaves like Lesspay. It checks signatures and recipient details, moves payouts through their statuses and can simulate failures. No real money moves and no account is needed, so you can try everything right away.</source>
        <translation>控制台自带一个本地沙箱：它是在本机运行、行为与 Lesspay 一致的服务器。它会校验签名和收款人信息，推动代付依次经历各个状态，还能模拟失败情况。沙箱不会转出任何真实资金，也无需开通账户，您可以立即体验全部功能。</translation>
    </message>
    <message>
        <source>Add a real profile</source>
        <translation>添加 Lesspay 账号配置</translation>
    </message>
    <message>
        <source>When you are ready to pay for real, add a profile with the App ID, the app secret and the API address that Lesspay gave you for that environment (UAT or production). Switch between profiles at any time; the sandbox profile stays available.</source>
        <translation>准备好真实付款时，请添加一个配置，填写 Lesspay 为该环境（UAT 测试环境或生产环境）提供的 App ID、应用密钥和 API 地址。您可以随时切换配置，沙箱配置会一直保留。</translation>
    </message>
    <message>
        <source>Where your secret lives</source>
        <translation>您的密钥保存在哪里</translation>
    </message>
    <message>
        <source>The app secret is kept in your system keyring (GNOME Keyring, KWallet or KeePassXC), never in a file. Profiles, without secrets, are saved in %1.</source>
        <translation>应用密钥保存在系统密钥环（GNOME Keyring、KWallet 或 KeePassXC）中，绝不写入文件。配置（不含密钥）保存在 %1。</translation>
    </message>
    <message>
        <source>Start from the CSV template</source>
        <translation>从 CSV 模板开始</translation>
    </message>
    <message>
        <source>Save the CSV template, fill in one row per payout in your spreadsheet (bank columns for bank transfers, e-wallet columns for e-wallets) and import it. The console checks every row and shows what needs fixing before anything is sent.</source>
        <translation>保存 CSV 模板，在电子表格中每笔代付填写一行（银行转账填写银行列，电子钱包填写电子钱包列），然后导入。控制台会校验每一行，并在提交前标出需要修改的内容。</translation>
    </message>
    <message>
        <source>Save the CSV &amp;template…</source>
        <translation>保存 CSV 模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>欢迎(&amp;W)</translation>
    </message>
    <message>
        <source>Open the &amp;local sandbox</source>
        <translation>打开本地沙箱(&amp;L)</translation>
    </message>
    <message>
        <source>Add a real pr&amp;ofile…</source>
        <translation>添加 Lesspay 账号配置(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>欢迎页(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About Lesspay Payout Console</source>
        <translation>关于 Lesspay 代付控制台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::JournalSidebar</name>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted batches</source>
        <translation>已提交批次</translation>
    </message>
    <message>
        <source>Dr&amp;afts</source>
        <translation>草稿(&amp;A)</translation>
    </message>
    <message>
        <source>Sub&amp;mitted</source>
        <translation>已提交(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Draft not renamed</source>
        <translation>草稿未重命名</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message numerus="yes">
        <source>Delete the draft &quot;%1&quot; with its %n row(s)? It cannot be brought back.</source>
        <translation>
            <numerusform>删除草稿“%1”及其 %n 行？删除后无法恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft not deleted</source>
        <translation>草稿未删除</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>The new language applies the next time the console starts.</source>
        <translation>新语言将在下次启动控制台时生效。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::MainWindow</name>
    <message>
        <source>&amp;Draft</source>
        <translation>草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>新建草稿(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>提交(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>配置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>批次(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>The draft could not be opened.</source>
        <translation>无法打开该草稿。</translation>
    </message>
    <message>
        <source>Draft damaged</source>
        <translation>草稿已损坏</translation>
    </message>
    <message>
        <source>The rows of this draft could not be read.</source>
        <translation>无法读取此草稿中的行。</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>PRODUCTION profile “%1”: payouts submitted here move real money.</source>
        <translation>生产环境配置“%1”：在此提交的代付会转出真实资金。</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>无配置</translation>
    </message>
    <message>
        <source>Review and submit the batch (Ctrl+Return)</source>
        <translation>核对并提交批次（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Sending needs the profile&apos;s secret</source>
        <translation>提交需要该配置的密钥</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>草稿 %1</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>新建草稿</translation>
    </message>
    <message>
        <source>Lesspay Payout Console</source>
        <translation>Lesspay 代付控制台</translation>
    </message>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation>本地沙箱无法启动：%1</translation>
    </message>
    <message>
        <source>Forget remembered &amp;column mappings</source>
        <translation>忘记记住的列对应关系(&amp;C)</translation>
    </message>
    <message>
        <source>Imports remember the columns you matched for each kind of file; forget them so that the next import asks again.</source>
        <translation>导入时会为每种文件记住您选择的列对应关系；忘记后，下次导入会重新询问。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
    <message>
        <source>New draft made from the submitted batch.</source>
        <translation>已从已提交的批次新建草稿。</translation>
    </message>
    <message>
        <source>The new draft could not be saved.</source>
        <translation>无法保存新草稿。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Request &amp;approval…</source>
        <translation>申请审批(&amp;A)…</translation>
    </message>
    <message>
        <source>This draft was already frozen as %1 and its approval asked for.</source>
        <translation>此草稿已冻结为 %1，并已申请审批。</translation>
    </message>
    <message>
        <source>Approval not requested</source>
        <translation>未申请审批</translation>
    </message>
    <message>
        <source>Batch %1 is frozen, but the workspace did not take the request for its approval: %2</source>
        <translation>批次 %1 已冻结，但工作区未接受其审批申请：%2</translation>
    </message>
    <message>
        <source>Batch %1 needs no approval: an approver can send it now.</source>
        <translation>批次 %1 无需审批：审批人现在即可发送。</translation>
    </message>
    <message>
        <source>Batch %1 waits for approval.</source>
        <translation>批次 %1 正在等待审批。</translation>
    </message>
    <message>
        <source>Review the batch and ask the team to approve it (Ctrl+Return)</source>
        <translation>审核批次并请团队批准（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Draft %1 was changed elsewhere while the team database was out of reach: your edits were saved as draft %2.</source>
        <translation>团队数据库无法连接期间，草稿 %1 在别处被修改：您的修改已另存为草稿 %2。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::OverviewWidget</name>
    <message>
        <source>Today&apos;s batches</source>
        <translation>今日批次</translation>
    </message>
    <message>
        <source>Paid today</source>
        <translation>今日已付款</translation>
    </message>
    <message>
        <source>Nothing paid yet</source>
        <translation>尚无付款</translation>
    </message>
    <message>
        <source>Today&apos;s batches: %1</source>
        <translation>今日批次：%1</translation>
    </message>
    <message>
        <source>%1 (payouts: %2)</source>
        <translation>%1（代付：%2 笔）</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::PayeeDialog</name>
    <message>
        <source>E-wallet %1 %2, %3</source>
        <translation>电子钱包 %1 %2，%3</translation>
    </message>
    <message>
        <source>Bank %1 (%2) %3, %4</source>
        <translation>银行 %1（%2）%3，%4</translation>
    </message>
    <message>
        <source>E&amp;dit account…</source>
        <translation>编辑账户(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;move account</source>
        <translation>移除账户(&amp;M)</translation>
    </message>
    <message>
        <source>Edit payee</source>
        <translation>编辑收款人</translation>
    </message>
    <message>
        <source>New payee</source>
        <translation>新建收款人</translation>
    </message>
    <message>
        <source>Your own reference, like a supplier number</source>
        <translation>您自己的参考号，例如供应商编号</translation>
    </message>
    <message>
        <source>Comma-separated, like suppliers, monthly</source>
        <translation>用逗号分隔，例如：供应商, 每月</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>参考号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>账户(&amp;C)：</translation>
    </message>
    <message>
        <source>Add &amp;bank account…</source>
        <translation>添加银行账户(&amp;B)…</translation>
    </message>
    <message>
        <source>Add &amp;e-wallet account…</source>
        <translation>添加电子钱包账户(&amp;E)…</translation>
    </message>
    <message>
        <source>A payee needs a name.</source>
        <translation>收款人需要名称。</translation>
    </message>
    <message>
        <source>A payee needs at least one bank or e-wallet account.</source>
        <translation>收款人至少需要一个银行账户或电子钱包账户。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::PayeePickerDialog</name>
    <message>
        <source>Add payees</source>
        <translation>添加收款人</translation>
    </message>
    <message>
        <source>Search name, reference, tag or notes</source>
        <translation>搜索名称、参考号、标签或备注</translation>
    </message>
    <message>
        <source>Search payees</source>
        <translation>搜索收款人</translation>
    </message>
    <message>
        <source>Select the payees to pay again (Ctrl or Shift for several). Each gets a row with its first saved account and the amount it was last paid.</source>
        <translation>选择要再次付款的收款人（按住 Ctrl 或 Shift 可多选）。每人一行，使用其第一个已保存账户和上次付款的金额。</translation>
    </message>
    <message>
        <source>Add to draft</source>
        <translation>添加到草稿</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ProfileEditorDialog</name>
    <message>
        <source>Local sandbox (started by the console)</source>
        <translation>本地沙箱（由控制台启动）</translation>
    </message>
    <message>
        <source>Lesspay UAT (test host)</source>
        <translation>Lesspay UAT（测试环境）</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>自定义基础 URL</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its saved secret?</source>
        <translation>要删除配置“%1”及其已保存的密钥吗？</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1（生产环境）</translation>
    </message>
    <message>
        <source>set when the sandbox starts</source>
        <translation>沙箱启动时设置</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s secret is generated by the console.</source>
        <translation>本地沙箱的密钥由控制台生成。</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>saved on %1</source>
        <translation>保存于 %1</translation>
    </message>
    <message>
        <source>Not understood and left out: %1</source>
        <translation>无法识别，已忽略：%1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>LOCAL SANDBOX</source>
        <translation>本地沙箱</translation>
    </message>
    <message>
        <source>TEST · Lesspay UAT</source>
        <translation>测试 · Lesspay UAT</translation>
    </message>
    <message>
        <source>PRODUCTION · real money</source>
        <translation>生产环境 · 真实资金</translation>
    </message>
    <message>
        <source>CUSTOM SERVER</source>
        <translation>自定义服务器</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::RecipientCsv</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>文件没有表头行。</translation>
    </message>
    <message>
        <source>No row could be read.</source>
        <translation>没有可读取的行。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Spreadsheets on Western Windows save CSV files as Windows-1252: read it again that way?</source>
        <translation>%1 不是 UTF-8 文本。西文版 Windows 上的电子表格会以 Windows-1252 编码保存 CSV 文件：要按该编码重新读取吗？</translation>
    </message>
    <message>
        <source>The columns remembered for files like this one would read most of its amounts as invalid. Check them and the decimal separator before importing.</source>
        <translation>按为此类文件记住的列，此文件的大多数金额将无效。导入前请检查各列和小数分隔符。</translation>
    </message>
    <message>
        <source>row %1, line %2 of the file</source>
        <translation>第 %1 行，文件第 %2 行</translation>
    </message>
    <message>
        <source>line %1 of the file (not imported)</source>
        <translation>文件第 %1 行（未导入）</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The workbook has several sheets. Import the recipients from:</source>
        <translation>工作簿有多个工作表。从以下工作表导入收款人：</translation>
    </message>
    <message>
        <source>%1, column %2 (%3)</source>
        <translation>%1，第 %2 列（%3）</translation>
    </message>
    <message>
        <source>The file&apos;s permissions could not be limited to you: %1</source>
        <translation>无法将文件权限限制为仅您本人：%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::RecipientDialog</name>
    <message>
        <source>%1 problem</source>
        <translation>%1的问题</translation>
    </message>
    <message>
        <source>Amount in %1, like %2</source>
        <translation>%1 金额，例如 %2</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ReportActions</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the payment advice</source>
        <translation>付款通知的保存文件夹</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>%1-report.pdf</source>
        <translation>%1-报告.pdf</translation>
    </message>
    <message>
        <source>%1-review.pdf</source>
        <translation>%1-复核.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Writing the report of %n payout(s)…</source>
        <translation>
            <numerusform>正在写入 %n 笔代付的报告…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>The PDF was not written: cancelled.</source>
        <translation>已取消，未写入 PDF。</translation>
    </message>
    <message>
        <source>Payout batch %1</source>
        <translation>代付批次 %1</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n payout(s)…</source>
        <translation>
            <numerusform>正在排版 %n 笔代付…</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>已将 %1 发送到打印机。</translation>
    </message>
    <message>
        <source>This batch has no paid payouts to write advice for.</source>
        <translation>该批次没有已付款的代付，无需生成付款通知。</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n payment advice(s)…</source>
        <translation>
            <numerusform>正在写入 %n 份付款通知…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n payment advice(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 份付款通知写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n payment advice(s).</source>
        <translation>
            <numerusform>已在写入 %n 份付款通知后取消。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::StatusIndicators</name>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>配置：%1（%2）</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>无配置</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation>沙箱已停止</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>正在启动本地沙箱…</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>沙箱运行于 %1</translation>
    </message>
    <message>
        <source>Sandbox failed to start</source>
        <translation>沙箱启动失败</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Keychain: reading…</source>
        <translation>密钥环：正在读取…</translation>
    </message>
    <message>
        <source>Keychain: secret available</source>
        <translation>密钥环：密钥可用</translation>
    </message>
    <message>
        <source>Keychain unavailable: secret kept in memory for this run only</source>
        <translation>密钥环不可用：密钥仅在本次运行期间保存在内存中</translation>
    </message>
    <message>
        <source>Keychain: no secret saved, or the keychain is locked</source>
        <translation>密钥环：未保存密钥，或密钥环已锁定</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation>密钥环不可用：%1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Read the secret from the keychain again (after unlocking it)</source>
        <translation>（解锁密钥环后）重新从密钥环读取密钥</translation>
    </message>
    <message>
        <source>Keychain: %1. The local sandbox uses a new secret kept in memory for this run.</source>
        <translation>密钥环：%1。本地沙箱使用一个仅在本次运行中保存在内存中的新密钥。</translation>
    </message>
    <message>
        <source>Team database: connected</source>
        <translation>团队数据库：已连接</translation>
    </message>
    <message>
        <source>Team database: unreachable, reconnecting… (since %1)</source>
        <translation>团队数据库：无法连接，正在重新连接…（自 %1 起）</translation>
    </message>
    <message>
        <source>Team database: password refused (since %1)</source>
        <translation>团队数据库：密码被拒绝（自 %1 起）</translation>
    </message>
    <message>
        <source>Team database: upgraded by a newer console (since %1)</source>
        <translation>团队数据库：已被更新版本的控制台升级（自 %1 起）</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::SubmitFlow</name>
    <message>
        <source>Saving the draft and writing its request…</source>
        <translation>正在保存草稿并生成其请求…</translation>
    </message>
    <message>
        <source>The batch has problems to fix before it can be sent.</source>
        <translation>该批次有问题需要修正后才能提交。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>核对并提交</translation>
    </message>
    <message>
        <source>Review cancelled: the draft was saved, nothing was sent.</source>
        <translation>核对已取消：草稿已保存，没有发送任何内容。</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>The draft could not be saved, so it was not sent.</source>
        <translation>草稿无法保存，因此未提交。</translation>
    </message>
    <message>
        <source>Recording the batch in the journal before sending it…</source>
        <translation>正在发送前将批次写入记录日志…</translation>
    </message>
    <message>
        <source>This draft was already submitted as %1.</source>
        <translation>此草稿已作为 %1 提交。</translation>
    </message>
    <message>
        <source>Request &amp;approval</source>
        <translation>申请审批(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::SubmitReviewDialog</name>
    <message>
        <source>Review and submit</source>
        <translation>核对并提交</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境：</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>请求号：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>Bank payouts:</source>
        <translation>银行代付：</translation>
    </message>
    <message>
        <source>E-wallet payouts:</source>
        <translation>电子钱包代付：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>This sends real money. Type the number of payouts and the total to confirm.</source>
        <translation>此操作将转出真实资金。请输入代付笔数和合计金额进行确认。</translation>
    </message>
    <message>
        <source>Number of payouts</source>
        <translation>代付笔数</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>合计金额</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Number of &amp;payouts:</source>
        <translation>代付笔数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Total (%1):</source>
        <translation>合计（%1）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;request</source>
        <translation>显示请求(&amp;R)</translation>
    </message>
    <message>
        <source>POST /api/global/payout/batch/create-order</source>
        <translation>POST /api/global/payout/batch/create-order</translation>
    </message>
    <message>
        <source>Sign string (the secret is not shown):</source>
        <translation>签名字符串（不显示密钥）：</translation>
    </message>
    <message>
        <source>Hide &amp;request</source>
        <translation>隐藏请求(&amp;R)</translation>
    </message>
    <message>
        <source>Type the total as it is shown above, like %1.</source>
        <translation>请按上方显示的格式输入合计，例如 %1。</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>打印(&amp;N)…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>导出 PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>Changed payee details</source>
        <translation>收款人信息已变更</translation>
    </message>
    <message>
        <source>These rows pay saved payees at details that are not their saved ones or that changed lately. Tick each row you have checked with the payee.</source>
        <translation>以下各行付款给已保存的收款人，但账户信息与已保存的不同或最近被修改。请勾选您已与收款人核对过的每一行。</translation>
    </message>
    <message>
        <source>These rows pay saved payees at details that are not their saved ones or that changed lately.</source>
        <translation>以下各行付款给已保存的收款人，但账户信息与已保存的不同或最近被修改。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3, account %4</source>
        <translation>第 %1 行，%2：%3，账号 %4</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>&amp;Formatted</source>
        <translation>格式化显示(&amp;F)</translation>
    </message>
    <message>
        <source>The request&apos;s body with a line per field, for reading; every value as it is sent.</source>
        <translation>请求正文每个字段一行，便于阅读；每个值都与发送的完全一致。</translation>
    </message>
    <message>
        <source>&amp;Exact bytes</source>
        <translation>原始字节(&amp;E)</translation>
    </message>
    <message>
        <source>The request&apos;s body exactly as it is sent and signed.</source>
        <translation>请求正文，与发送和签名的字节完全一致。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::SummaryBar</name>
    <message>
        <source>Next problem</source>
        <translation>下一个问题</translation>
    </message>
    <message>
        <source>Go to the next cell with an error or a warning (F8)</source>
        <translation>跳转到下一个有错误或警告的单元格（F8）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: too large to send</source>
        <translation>合计：金额过大，无法提交</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message numerus="yes">
        <source>(%n amount(s) not counted)</source>
        <translation>
            <numerusform>（%n 笔金额未计入）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Accepted by Lesspay</source>
        <translation>Lesspay 已受理</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Outcome unknown: being reconciled</source>
        <translation>结果待确认：正在向 Lesspay 核实</translation>
    </message>
    <message>
        <source>Fix the rows in a new draft (File → New draft) and submit that one.</source>
        <translation>请在新草稿中修正这些行（文件 → 新建草稿），然后提交新草稿。</translation>
    </message>
    <message>
        <source>the console asks Lesspay about %1 until it knows; nothing is sent twice</source>
        <translation>控制台会持续向 Lesspay 查询 %1，直到得到确定结果；不会重复提交任何内容</translation>
    </message>
    <message>
        <source>Fix the cause, then press “Send again” on the Batches page.</source>
        <translation>请先排除原因，然后在“批次”页面点击“重新发送”。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::WalletRecipientDialog</name>
    <message>
        <source>No e-wallet provider for %1</source>
        <translation>%1 没有可用的电子钱包服务商</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::WorkspaceDialog</name>
    <message>
        <source>This &amp;computer</source>
        <translation>本机(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Team database (PostgreSQL)</source>
        <translation>团队数据库 (PostgreSQL)(&amp;T)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the saved one</source>
        <translation>保存在系统密钥环中；留空则保留已保存的密码</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com，或套接字文件夹，例如 /run/postgresql</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>系统的证书颁发机构</translation>
    </message>
    <message>
        <source>The journal is a file on this computer, for one person.</source>
        <translation>记录日志是本机上的一个文件，供一个人使用。</translation>
    </message>
    <message>
        <source>The journal is the team&apos;s shared database: approvals, and everyone sees every batch.</source>
        <translation>记录日志是团队共享的数据库：有审批，且每个人都能看到每个批次。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Over the network the server&apos;s certificate is always checked (sslmode=verify-full).</source>
        <translation>通过网络连接时始终校验服务器证书（sslmode=verify-full）。</translation>
    </message>
    <message>
        <source>The console opens the chosen journal when it starts again.</source>
        <translation>控制台下次启动时打开所选的记录日志。</translation>
    </message>
    <message>
        <source>&amp;Workspace…</source>
        <translation>工作区(&amp;W)…</translation>
    </message>
    <message>
        <source>Certificate authority of the team&apos;s database</source>
        <translation>团队数据库的证书颁发机构</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::WorkspaceStartup</name>
    <message>
        <source>Lesspay Payout Console</source>
        <translation>Lesspay 代付控制台</translation>
    </message>
    <message>
        <source>The team workspace %1 could not be opened: %2</source>
        <translation>无法打开团队工作区 %1：%2</translation>
    </message>
    <message>
        <source>The journal could not be opened: %1</source>
        <translation>无法打开记录日志：%1</translation>
    </message>
    <message>
        <source>Nothing was written to it. Check the workspace settings, or quit and try later.</source>
        <translation>未向其写入任何内容。请检查工作区设置，或退出后稍后再试。</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>工作区设置(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>PayeeAccountForm</name>
    <message>
        <source>Payee&apos;s e-wallet account</source>
        <translation>收款人的电子钱包账户</translation>
    </message>
    <message>
        <source>Payee&apos;s bank account</source>
        <translation>收款人的银行账户</translation>
    </message>
</context>
<context>
    <name>PayeeMatch</name>
    <message>
        <source>%1 is a saved payee, but this account is not one of their saved accounts. Check that the new details really come from them before paying.</source>
        <translation>%1 是已保存的收款人，但此账户不是其已保存的账户。付款前请核实新信息确实来自收款人本人。</translation>
    </message>
    <message>
        <source>The saved account of %1 was changed on %2. Check that the change really came from them before paying.</source>
        <translation>%1 已保存的账户于 %2 被修改。付款前请核实该修改确实来自收款人本人。</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the PDF could not be laid out</source>
        <translation>无法排版 PDF</translation>
    </message>
    <message>
        <source>Payout batch %1</source>
        <translation>代付批次 %1</translation>
    </message>
    <message>
        <source>Payment advice</source>
        <translation>付款通知</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>PriorPaymentChecker</name>
    <message>
        <source>Already paid to this recipient with the same amount in batch %1 (%2).</source>
        <translation>已在批次 %1（%2）中向该收款人支付过相同金额。</translation>
    </message>
    <message>
        <source>The same recipient and amount are pending in batch %1 (%2, %3).</source>
        <translation>批次 %1（%2，%3）中有相同收款人和金额的代付仍在处理中。</translation>
    </message>
    <message>
        <source>Already paid to this recipient with the same amount in batch %1 (%2, prepared by %3).</source>
        <translation>已在批次 %1（%2，由 %3 准备）中向该收款人支付过相同金额。</translation>
    </message>
    <message>
        <source>The same recipient and amount are pending in batch %1 (%2, %3, prepared by %4).</source>
        <translation>批次 %1（%2，%3，由 %4 准备）中有相同收款人和金额的代付仍在处理中。</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Production: payouts sent with this profile move real money.</source>
        <translation>生产环境：使用此配置提交的代付会转出真实资金。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>应用密钥：</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>&amp;Set secret…</source>
        <translation>设置密钥(&amp;S)…</translation>
    </message>
    <message>
        <source>appSecret from Lesspay</source>
        <translation>Lesspay 提供的 appSecret</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>Save secret</source>
        <translation>保存密钥</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>BANK_TRANSFER</source>
        <translation>BANK_TRANSFER</translation>
    </message>
    <message>
        <source>Way &amp;code:</source>
        <translation>通道编码(&amp;C)：</translation>
    </message>
    <message>
        <source>N&amp;otify URL:</source>
        <translation>通知地址(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;urrencies:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <source>ISO 4217 codes separated by commas</source>
        <translation>以逗号分隔的 ISO 4217 代码</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>小数位数(&amp;D)：</translation>
    </message>
    <message>
        <source>Overrides of the decimals a currency may carry, e.g. IDR=0</source>
        <translation>覆盖某币种允许的小数位数，例如 IDR=0</translation>
    </message>
    <message>
        <source>IDR=0</source>
        <translation>IDR=0</translation>
    </message>
    <message>
        <source>E-wallet &amp;providers:</source>
        <translation>电子钱包服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>Providers beyond the built-in table, one currency per line, e.g. PHP: Coins.ph, Maya</source>
        <translation>内置列表以外的服务商，每行一个币种，例如 PHP: Coins.ph, Maya</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation>保存配置(&amp;V)</translation>
    </message>
    <message>
        <source>APP&amp;ID:</source>
        <translation>APPID(&amp;I)：</translation>
    </message>
    <message>
        <source>Wa&amp;y type:</source>
        <translation>通道类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Supported-banks pat&amp;h:</source>
        <translation>支持银行列表路径(&amp;H)：</translation>
    </message>
    <message>
        <source>Your company&apos;s name as payees should read it on a payment advice</source>
        <translation>收款人在付款通知上看到的贵公司名称</translation>
    </message>
    <message>
        <source>Payer na&amp;me:</source>
        <translation>付款方名称(&amp;M):</translation>
    </message>
</context>
<context>
    <name>RecipientImporter</name>
    <message>
        <source>The row has %1 cells but the header only %2; the cells beyond the header were not imported.</source>
        <translation>该行有 %1 个单元格，但表头只有 %2 个；超出表头的单元格未导入。</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header %2; the missing cells were read as empty.</source>
        <translation>该行有 %1 个单元格，而表头有 %2 个；缺少的单元格按空值读取。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The import was canceled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>工作簿中没有第 %1 个工作表。</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Payout batch report</source>
        <translation>代付批次报告</translation>
    </message>
    <message>
        <source>Payout batch review (not sent)</source>
        <translation>代付批次复核（未提交）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求号</translation>
    </message>
    <message>
        <source>Lesspay order</source>
        <translation>Lesspay 订单号</translation>
    </message>
    <message>
        <source>none (not accepted by Lesspay)</source>
        <translation>无（Lesspay 未受理）</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>批次状态</translation>
    </message>
    <message>
        <source>Request body SHA-256</source>
        <translation>请求内容 SHA-256</translation>
    </message>
    <message>
        <source>Request body size</source>
        <translation>请求内容大小</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>报告生成时间</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>代付笔数</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>By destination type</source>
        <translation>按收款类型</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Nothing has been sent: this is the review before submitting.</source>
        <translation>尚未发送任何内容：这是提交前的复核。</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1（配置 %2）</translation>
    </message>
    <message>
        <source>No approvals are recorded for this batch: the console has no approval step, and the journal records the profile a batch was sent with, not a person.</source>
        <translation>此批次没有审批记录：控制台没有审批步骤，记录日志只记录发送批次所用的配置，而不是具体人员。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Bank or provider</source>
        <translation>银行或服务商</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Fail reason</source>
        <translation>失败原因</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n payout(s)</source>
        <translation>
            <numerusform>%1：%n 笔代付</numerusform>
        </translation>
    </message>
    <message>
        <source>Request ID %1 · SHA-256 %2…</source>
        <translation>请求号 %1 · SHA-256 %2…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Payout batch report · %1 · %2</source>
        <translation>代付批次报告 · %1 · %2</translation>
    </message>
    <message>
        <source>Brought forward</source>
        <translation>承前页</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>转下页</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ResultPrinter</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>possible duplicate: %1 pays the same recipient and amount as %2 in batch %3 (%4)</source>
        <translation>可能重复：%1 与批次 %3 中的 %2 向同一收款人支付相同金额（%4）</translation>
    </message>
    <message>
        <source>too large to add up (beyond %1 minor units)</source>
        <translation>数值过大，无法相加（超过 %1 个最小货币单位）</translation>
    </message>
    <message numerus="yes">
        <source>valid: %n row(s), total %1</source>
        <translation>
            <numerusform>有效：%n 行，合计 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>invalid: %n row(s)</source>
        <translation>
            <numerusform>无效：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>&quot;3 errors, 1 warning&quot;: the two counts of a validation</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting approval (not requested yet)</source>
        <translation>等待审批（尚未申请）</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation>已批准，尚未发送</translation>
    </message>
    <message>
        <source>Rejected by an approver: not sent</source>
        <translation>审批人已拒绝：未发送</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>结果待确认</translation>
    </message>
    <message numerus="yes">
        <source>in %n detail(s)</source>
        <translation>
            <numerusform>共 %n 笔明细</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 paid, %2 failed, %3 pending</source>
        <translation>%1 笔成功，%2 笔失败，%3 笔处理中</translation>
    </message>
</context>
<context>
    <name>RetryDraftBuilder</name>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation>记录日志中没有批次 %1。</translation>
    </message>
    <message>
        <source>This batch needs a person: check it with Lesspay before retrying any payout.</source>
        <translation>此批次需要人工处理：在重试任何代付之前，请先与 Lesspay 核实。</translation>
    </message>
    <message>
        <source>Lesspay has not confirmed this batch yet; a retry now could pay twice.</source>
        <translation>Lesspay 尚未确认此批次；现在重试可能导致重复付款。</translation>
    </message>
    <message>
        <source>This batch is still in progress; wait until every payout is paid or failed.</source>
        <translation>此批次仍在处理中；请等到每笔代付都已付款或失败。</translation>
    </message>
    <message>
        <source>Lesspay refused the whole batch, so no payout has a result to retry.</source>
        <translation>Lesspay 拒绝了整个批次，因此没有可重试的代付结果。</translation>
    </message>
    <message>
        <source>Payout %1 is still pending; wait until every payout is paid or failed.</source>
        <translation>代付 %1 仍在处理中；请等到每笔代付都已付款或失败。</translation>
    </message>
    <message>
        <source>No payout of this batch failed.</source>
        <translation>此批次没有失败的代付。</translation>
    </message>
    <message>
        <source>A draft with the failed payouts of this batch already exists; use that one.</source>
        <translation>已存在包含此批次失败代付的草稿，请使用该草稿。</translation>
    </message>
    <message numerus="yes">
        <source>%n failed payout(s) can go into a new draft.</source>
        <translation>
            <numerusform>%n 笔失败的代付可放入新草稿。</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch as it was sent cannot be read back from the journal.</source>
        <translation>无法从记录日志中读回该批次提交时的内容。</translation>
    </message>
    <message>
        <source>The failed payouts do not match the batch as it was sent.</source>
        <translation>失败的代付与提交时的批次不一致。</translation>
    </message>
    <message>
        <source>Failed payouts of %1</source>
        <translation>%1 的失败代付</translation>
    </message>
    <message numerus="yes">
        <source>New draft &quot;%1&quot; with %n payout(s).</source>
        <translation>
            <numerusform>已新建草稿“%1”，包含 %n 笔代付。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadsheetDamage</name>
    <message>
        <source>%1 looks like a mobile number whose leading 0 a spreadsheet removed (0%1). Check the number; it was imported as written.</source>
        <translation>%1 看起来是被电子表格去掉了开头 0 的手机号（0%1）。请核对该号码；它已按原样导入。</translation>
    </message>
    <message>
        <source>A CPF has 11 digits; %1 has %2. A spreadsheet probably removed leading zeros: format the column as Text and export again.</source>
        <translation>CPF 为 11 位数字，而 %1 只有 %2 位。可能是电子表格去掉了开头的 0：请将该列设为“文本”格式后重新导出。</translation>
    </message>
    <message>
        <source>A CNPJ has 14 digits; %1 has %2. A spreadsheet probably removed leading zeros: format the column as Text and export again.</source>
        <translation>CNPJ 为 14 位数字，而 %1 只有 %2 位。可能是电子表格去掉了开头的 0：请将该列设为“文本”格式后重新导出。</translation>
    </message>
    <message>
        <source>%1 is in scientific notation: a spreadsheet shortened the number and the original digits are lost. Format the column as Text and export again.</source>
        <translation>%1 使用了科学计数法：电子表格截短了该号码，原始数字已丢失。请将该列设为“文本”格式后重新导出。</translation>
    </message>
    <message>
        <source>%1 looks like a date: a spreadsheet probably converted the number. Format the column as Text and export again.</source>
        <translation>%1 看起来像日期：可能是电子表格转换了该号码。请将该列设为“文本”格式后重新导出。</translation>
    </message>
</context>
<context>
    <name>TeamApprovals</name>
    <message>
        <source>There is no batch %1 in the workspace.</source>
        <translation>工作区中没有批次 %1。</translation>
    </message>
</context>
<context>
    <name>TeamAudit</name>
    <message>
        <source>Prepared by %1</source>
        <translation>制单人 %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>批准人 %1</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>%1 已拒绝</translation>
    </message>
    <message>
        <source>rejected by %1 (%2)</source>
        <translation>%1 已拒绝（%2）</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>由 %1 发送</translation>
    </message>
    <message>
        <source>%1 froze the batch</source>
        <translation>%1 冻结了批次</translation>
    </message>
    <message>
        <source>%1 asked for approval</source>
        <translation>%1 申请了审批</translation>
    </message>
    <message>
        <source>%1 approved it</source>
        <translation>%1 批准了</translation>
    </message>
    <message>
        <source>%1 approved it: %2</source>
        <translation>%1 批准了：%2</translation>
    </message>
    <message>
        <source>%1 rejected it</source>
        <translation>%1 拒绝了</translation>
    </message>
    <message>
        <source>%1 rejected it: %2</source>
        <translation>%1 拒绝了：%2</translation>
    </message>
    <message>
        <source>The batch is approved</source>
        <translation>批次已批准</translation>
    </message>
    <message>
        <source>The batch is rejected</source>
        <translation>批次已拒绝</translation>
    </message>
    <message>
        <source>%1 sent it</source>
        <translation>%1 发送了</translation>
    </message>
    <message>
        <source>%1 recorded the state %2</source>
        <translation>%1 记录了状态 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TeamWorkspace</name>
    <message>
        <source>A team workspace needs a PostgreSQL database; %1 is a file.</source>
        <translation>团队工作区需要 PostgreSQL 数据库；%1 是一个文件。</translation>
    </message>
    <message>
        <source>Cannot set up the team workspace: %1</source>
        <translation>无法设置团队工作区：%1</translation>
    </message>
    <message>
        <source>Cannot add %1 to the team workspace: %2</source>
        <translation>无法将 %1 添加到团队工作区：%2</translation>
    </message>
</context>
<context>
    <name>WalletRecipientDialog</name>
    <message>
        <source>Add e-wallet recipient</source>
        <translation>添加电子钱包收款人</translation>
    </message>
    <message>
        <source>Order &amp;ID:</source>
        <translation>订单号(&amp;I)：</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Wallet &amp;holder:</source>
        <translation>钱包户名(&amp;H)：</translation>
    </message>
    <message>
        <source>Wallet holder</source>
        <translation>钱包户名</translation>
    </message>
    <message>
        <source>Wallet a&amp;ccount:</source>
        <translation>钱包账号(&amp;C)：</translation>
    </message>
    <message>
        <source>Wallet account number</source>
        <translation>钱包账号</translation>
    </message>
    <message>
        <source>Phone number, email or wallet ID</source>
        <translation>手机号、电子邮件或钱包 ID</translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation>账户类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Deposit &amp;key type:</source>
        <translation>收款标识类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Deposit key type</source>
        <translation>收款标识类型</translation>
    </message>
    <message>
        <source>&amp;Deposit key:</source>
        <translation>收款标识(&amp;D)：</translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation>收款标识</translation>
    </message>
</context>
<context>
    <name>WorkspaceSetting</name>
    <message>
        <source>Enter the database server&apos;s host name.</source>
        <translation>请输入数据库服务器的主机名。</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>端口必须介于 1 和 65535 之间。</translation>
    </message>
    <message>
        <source>Enter the name of the team&apos;s database.</source>
        <translation>请输入团队数据库的名称。</translation>
    </message>
    <message>
        <source>Enter your database user name.</source>
        <translation>请输入您的数据库用户名。</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>CA 文件 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Prepare, submit and track Lesspay payout batches.</source>
        <translation>创建、提交并跟踪 Lesspay 代付批次。</translation>
    </message>
    <message>
        <source>The console opens the chosen journal when it starts again.</source>
        <translation>控制台下次启动时打开所选的记录日志。</translation>
    </message>
</context>
</TS>
