<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AdviceRenderer</name>
    <message>
        <source>Payment advice</source>
        <translation>Comprovante de pagamento</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Valor pago</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Favorecido</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Carteira digital</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>Data do pagamento</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registrada</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Channel order number</source>
        <translation>Número do pedido no canal</translation>
    </message>
    <message>
        <source>not given by the channel</source>
        <translation>não informado pelo canal</translation>
    </message>
    <message>
        <source>Lesspay order</source>
        <translation>Pedido Lesspay</translation>
    </message>
    <message>
        <source>Batch request ID</source>
        <translation>ID da requisição do lote</translation>
    </message>
    <message>
        <source>%1 paid this amount through Lesspay. Please quote the reference when you contact them about this payment. Account numbers are shown with their last four characters only.</source>
        <translation>%1 pagou este valor por meio da Lesspay. Informe a referência ao entrar em contato com o pagador sobre este pagamento. Os números das contas aparecem apenas com os quatro últimos caracteres.</translation>
    </message>
</context>
<context>
    <name>Amount</name>
    <message>
        <source>The amount is empty.</source>
        <translation>O valor está vazio.</translation>
    </message>
    <message>
        <source>The amount may contain only digits and one decimal point.</source>
        <translation>O valor pode conter apenas dígitos e um ponto decimal.</translation>
    </message>
    <message>
        <source>The amount must not carry a sign.</source>
        <translation>O valor não pode ter sinal.</translation>
    </message>
    <message>
        <source>The amount is in scientific notation; write it out in full digits.</source>
        <translation>O valor está em notação científica; escreva-o com todos os dígitos.</translation>
    </message>
    <message>
        <source>The amount must not contain thousands separators.</source>
        <translation>O valor não pode conter separadores de milhar.</translation>
    </message>
    <message>
        <source>The amount needs digits on both sides of the decimal point.</source>
        <translation>O valor precisa de dígitos dos dois lados do ponto decimal.</translation>
    </message>
    <message>
        <source>This currency takes no decimals.</source>
        <translation>Esta moeda não usa casas decimais.</translation>
    </message>
    <message numerus="yes">
        <source>This currency takes at most %n decimal(s).</source>
        <translation>
            <numerusform>Esta moeda usa no máximo %n casa decimal.</numerusform>
            <numerusform>Esta moeda usa no máximo %n casas decimais.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>O valor é grande demais.</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>Success</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Lesspay refused the request</source>
        <translation>A Lesspay recusou a requisição</translation>
    </message>
    <message>
        <source>The server answered with an HTTP error</source>
        <translation>O servidor respondeu com um erro HTTP</translation>
    </message>
    <message>
        <source>The connection to the server failed</source>
        <translation>A conexão com o servidor falhou</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>O servidor não respondeu a tempo</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>Não foi possível ler a resposta do servidor</translation>
    </message>
    <message>
        <source>The server redirected the request; payment calls never follow redirects</source>
        <translation>O servidor redirecionou a requisição; chamadas de pagamento nunca seguem redirecionamentos</translation>
    </message>
    <message>
        <source>The request was not sent</source>
        <translation>A requisição não foi enviada</translation>
    </message>
    <message>
        <source>%1: code %2, %3</source>
        <translation>%1: código %2, %3</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 (HTTP %2 to %3)</source>
        <translation>%1 (HTTP %2 para %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server could not be reached</source>
        <translation>Não foi possível contatar o servidor</translation>
    </message>
</context>
<context>
    <name>BankListCheck</name>
    <message>
        <source>%1 is the SWIFT/BIC code of %2 in the supported banks list, not of %3.</source>
        <translation>%1 é o código SWIFT/BIC de %2 na lista de bancos suportados, não de %3.</translation>
    </message>
</context>
<context>
    <name>BankRecipientDialog</name>
    <message>
        <source>Add bank recipient</source>
        <translation>Adicionar favorecido bancário</translation>
    </message>
    <message>
        <source>Order &amp;ID:</source>
        <translation>&amp;ID do pedido:</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID do pedido</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>&amp;Titular da conta:</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titular da conta</translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation>&amp;Número da conta:</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número da conta</translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation>Tipo de c&amp;onta:</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de conta</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Pessoa física</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Pessoa jurídica</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>&amp;Banco:</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Nome do banco</translation>
    </message>
    <message>
        <source>Bank &amp;country:</source>
        <translation>&amp;País do banco:</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>País do banco</translation>
    </message>
    <message>
        <source>Type a code or a name, e.g. PH or Philippines</source>
        <translation>Código ou nome, p. ex. PH ou Philippines</translation>
    </message>
    <message>
        <source>&amp;SWIFT/BIC:</source>
        <translation>&amp;SWIFT/BIC:</translation>
    </message>
    <message>
        <source>SWIFT or BIC code</source>
        <translation>Código SWIFT ou BIC</translation>
    </message>
    <message>
        <source>8 or 11 characters, e.g. BNORPHMM</source>
        <translation>8 ou 11 caracteres, p. ex. BNORPHMM</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Another payout in this batch has the same order ID.</source>
        <translation>Outro pagamento deste lote tem o mesmo ID do pedido.</translation>
    </message>
    <message>
        <source>The request ID must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>O ID da requisição deve ter de 1 a 64 letras, dígitos, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Choose the batch currency.</source>
        <translation>Escolha a moeda do lote.</translation>
    </message>
    <message>
        <source>%1 payouts are not enabled for this profile.</source>
        <translation>Pagamentos em %1 não estão habilitados para este perfil.</translation>
    </message>
    <message>
        <source>The way type of the profile is missing.</source>
        <translation>Falta o tipo de canal do perfil.</translation>
    </message>
    <message>
        <source>The way code of the profile is missing.</source>
        <translation>Falta o código do canal do perfil.</translation>
    </message>
    <message>
        <source>The notify URL must be an http or https URL with a host.</source>
        <translation>A URL de notificação deve ser uma URL http ou https com um host.</translation>
    </message>
</context>
<context>
    <name>BatchPhase</name>
    <message>
        <source>The server did not confirm this batch.</source>
        <translation>O servidor não confirmou este lote.</translation>
    </message>
    <message>
        <source>Last problem: %1.</source>
        <translation>Último problema: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The console is asking Lesspay whether it arrived (next check in %n s); it will never send it as a new batch.</source>
        <translation>
            <numerusform>O console está perguntando à Lesspay se o lote chegou (próxima verificação em %n s); ele nunca o enviará como um lote novo.</numerusform>
            <numerusform>O console está perguntando à Lesspay se o lote chegou (próxima verificação em %n s); ele nunca o enviará como um lote novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console is asking Lesspay whether it arrived; it will never send it as a new batch.</source>
        <translation>O console está perguntando à Lesspay se o lote chegou; ele nunca o enviará como um lote novo.</translation>
    </message>
    <message numerus="yes">
        <source>Lesspay has answered &quot;not found&quot; %n time(s) since %1.</source>
        <translation>
            <numerusform>A Lesspay respondeu &quot;não encontrado&quot; %n vez desde %1.</numerusform>
            <numerusform>A Lesspay respondeu &quot;não encontrado&quot; %n vezes desde %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only if Lesspay keeps saying it never received the batch does the console send the very same batch again (same request_id, same contents), which Lesspay accepts at most once.</source>
        <translation>Somente se a Lesspay continuar dizendo que nunca recebeu o lote o console enviará de novo exatamente o mesmo lote (mesmo request_id, mesmo conteúdo), que a Lesspay aceita no máximo uma vez.</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>Intervenção manual</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Pago parcialmente</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Não confirmado</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em análise</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>Pagando</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>The batch is recorded and is being sent to Lesspay.</source>
        <translation>O lote foi registrado e está sendo enviado à Lesspay.</translation>
    </message>
    <message>
        <source>The console stopped working on this batch: %1 Nothing will be sent again; please check the batch with Lesspay before doing anything else.</source>
        <translation>O console parou de trabalhar neste lote: %1 Nada será enviado de novo; verifique o lote com a Lesspay antes de fazer qualquer outra coisa.</translation>
    </message>
    <message>
        <source>Lesspay reported a conflict.</source>
        <translation>A Lesspay informou um conflito.</translation>
    </message>
    <message>
        <source>Lesspay refused the batch, nothing was paid: %1</source>
        <translation>A Lesspay recusou o lote, nada foi pago: %1</translation>
    </message>
    <message>
        <source>Lesspay accepted the batch (%1) and is reviewing it. The console checks its status regularly.</source>
        <translation>A Lesspay aceitou o lote (%1) e está analisando-o. O console verifica o status regularmente.</translation>
    </message>
    <message>
        <source>Lesspay approved the batch and is paying: %1 paid, %2 failed, %3 in progress.</source>
        <translation>A Lesspay aprovou o lote e está pagando: %1 pagos, %2 com falha, %3 em processamento.</translation>
    </message>
    <message>
        <source>Every payout of this batch was paid (%1).</source>
        <translation>Todos os pagamentos deste lote foram pagos (%1).</translation>
    </message>
    <message>
        <source>%1 payouts were paid and %2 failed. A new draft from the failed payouts retries only those.</source>
        <translation>%1 pagamentos foram pagos e %2 falharam. Um novo rascunho com os pagamentos que falharam tenta de novo apenas esses.</translation>
    </message>
    <message>
        <source>No payout of this batch was paid.</source>
        <translation>Nenhum pagamento deste lote foi pago.</translation>
    </message>
    <message>
        <source>No payout of this batch was paid: %1</source>
        <translation>Nenhum pagamento deste lote foi pago: %1</translation>
    </message>
    <message>
        <source>Lesspay reports the status &quot;%1&quot;, whose meaning for payouts is not documented. The console keeps checking it slowly.</source>
        <translation>A Lesspay informa o status &quot;%1&quot;, cujo significado para pagamentos não está documentado. O console continua verificando-o, com menos frequência.</translation>
    </message>
    <message>
        <source>Not sent: %1. Lesspay cannot have this batch, and the console will not try again on its own. Fix the cause, then press &quot;Send again&quot;: the batch goes out unchanged, with the same request_id.</source>
        <translation>Não enviado: %1. A Lesspay não pode ter recebido este lote, e o console não tentará de novo por conta própria. Corrija a causa e depois clique em &quot;Enviar de novo&quot;: o lote sai sem alterações, com o mesmo request_id.</translation>
    </message>
    <message>
        <source>no connection was made</source>
        <translation>nenhuma conexão foi estabelecida</translation>
    </message>
</context>
<context>
    <name>BatchReportBuilder</name>
    <message>
        <source>Bank transfers</source>
        <translation>Transferências bancárias</translation>
    </message>
    <message>
        <source>E-wallets</source>
        <translation>Carteiras digitais</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Local sandbox (no real money)</source>
        <translation>Sandbox local (sem dinheiro real)</translation>
    </message>
    <message>
        <source>Lesspay UAT test host (no real money)</source>
        <translation>Host de teste Lesspay UAT (sem dinheiro real)</translation>
    </message>
    <message>
        <source>PRODUCTION: real money</source>
        <translation>PRODUÇÃO: dinheiro real</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation>Não há lote %1 no registro.</translation>
    </message>
    <message>
        <source>The batch as it was sent cannot be read back from the journal.</source>
        <translation>Não foi possível ler do registro o lote tal como foi enviado.</translation>
    </message>
    <message>
        <source>%1 (not in the settings)</source>
        <translation>%1 (não está nas configurações)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Não confirmado</translation>
    </message>
    <message>
        <source>Prepared: frozen in the journal with the exact request body</source>
        <translation>Preparado: congelado no registro com o corpo exato da requisição</translation>
    </message>
    <message>
        <source>Sent to Lesspay</source>
        <translation>Enviado à Lesspay</translation>
    </message>
    <message>
        <source>Sent again (the same bytes)</source>
        <translation>Enviado de novo (os mesmos bytes)</translation>
    </message>
    <message>
        <source>Accepted by Lesspay</source>
        <translation>Aceito pela Lesspay</translation>
    </message>
    <message>
        <source>Final status: %1</source>
        <translation>Status final: %1</translation>
    </message>
    <message>
        <source>Not sent yet (review before submitting)</source>
        <translation>Ainda não enviado (revisão antes do envio)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Aprovação solicitada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Aprovado: %1</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <source>No approval is recorded for this batch: the workspace&apos;s approval policy asked for none.</source>
        <translation>Nenhuma aprovação está registrada para este lote: a política de aprovação do espaço de trabalho não exigiu nenhuma.</translation>
    </message>
    <message>
        <source>No approval is recorded for this batch yet.</source>
        <translation>Ainda não há aprovação registrada para este lote.</translation>
    </message>
</context>
<context>
    <name>BatchResultsExport</name>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation>Não há lote %1 no registro.</translation>
    </message>
    <message>
        <source>The batch as it was sent cannot be read back from the journal.</source>
        <translation>Não foi possível ler do registro o lote tal como foi enviado.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>BatchState</name>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Pronto para enviar</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado não confirmado</translation>
    </message>
    <message>
        <source>Checking with Lesspay</source>
        <translation>Verificando com a Lesspay</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requer atenção</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviado</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Linha %1, coluna %2: %3</translation>
    </message>
    <message>
        <source>The file is larger than the import limit of %1 MiB. Split it into smaller files or raise the limit in the settings.</source>
        <translation>O arquivo é maior que o limite de importação de %1 MiB. Divida-o em arquivos menores ou aumente o limite nas configurações.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Não foi possível ler o arquivo.</translation>
    </message>
    <message>
        <source>This system cannot decode the chosen text encoding.</source>
        <translation>Este sistema não consegue decodificar a codificação de texto escolhida.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8. The file was probably saved as Windows-1252 (Western European); open it again with that encoding.</source>
        <translation>o texto não é UTF-8 válido. O arquivo provavelmente foi salvo como Windows-1252 (Europa Ocidental); abra-o de novo com essa codificação.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-16.</source>
        <translation>o texto não é UTF-16 válido.</translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed.</source>
        <translation>um campo entre aspas começa aqui e nunca é fechado.</translation>
    </message>
    <message>
        <source>text follows a closing quote; a quote inside a quoted field must be doubled.</source>
        <translation>há texto depois de uma aspa de fechamento; uma aspa dentro de um campo entre aspas deve ser duplicada.</translation>
    </message>
    <message>
        <source>the record is too long (is a quote missing?).</source>
        <translation>o registro é longo demais (falta uma aspa?).</translation>
    </message>
    <message>
        <source>the record has too many fields.</source>
        <translation>o registro tem campos demais.</translation>
    </message>
</context>
<context>
    <name>DetailValidator</name>
    <message>
        <source>This field is required.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
        <source>Contains a broken character (an unpaired UTF-16 surrogate); retype the value.</source>
        <translation>Contém um caractere corrompido (um surrogate UTF-16 sem par); digite o valor de novo.</translation>
    </message>
    <message>
        <source>Contains an invisible control character (U+%1); retype the value.</source>
        <translation>Contém um caractere de controle invisível (U+%1); digite o valor de novo.</translation>
    </message>
    <message>
        <source>At most %1 characters are allowed here.</source>
        <translation>São permitidos no máximo %1 caracteres aqui.</translation>
    </message>
    <message>
        <source>The order ID may contain only letters A-Z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>O ID do pedido pode conter apenas letras A-Z, dígitos, &apos;_&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>O valor deve ser maior que zero.</translation>
    </message>
    <message>
        <source>The account type must be individual or business.</source>
        <translation>O tipo de conta deve ser pessoa física ou pessoa jurídica.</translation>
    </message>
    <message>
        <source>The account number may contain only letters and digits (spaces and dashes are removed).</source>
        <translation>O número da conta pode conter apenas letras e dígitos (espaços e hifens são removidos).</translation>
    </message>
    <message>
        <source>The account number must have 4 to 34 letters or digits.</source>
        <translation>O número da conta deve ter de 4 a 34 letras ou dígitos.</translation>
    </message>
    <message>
        <source>Not an ISO 3166-1 two-letter country code.</source>
        <translation>Não é um código de país ISO 3166-1 de duas letras.</translation>
    </message>
    <message>
        <source>A SWIFT/BIC code has 8 or 11 characters.</source>
        <translation>Um código SWIFT/BIC tem 8 ou 11 caracteres.</translation>
    </message>
    <message>
        <source>A SWIFT/BIC code has only letters and digits.</source>
        <translation>Um código SWIFT/BIC tem apenas letras e dígitos.</translation>
    </message>
    <message>
        <source>Characters 5 and 6 of a SWIFT/BIC code must be a country code.</source>
        <translation>Os caracteres 5 e 6 de um código SWIFT/BIC devem ser um código de país.</translation>
    </message>
    <message>
        <source>This is a SWIFT test and training code; real payments cannot reach it.</source>
        <translation>Este é um código SWIFT de teste e treinamento; pagamentos reais não chegam a ele.</translation>
    </message>
    <message>
        <source>The SWIFT/BIC code belongs to %1, the bank country is %2.</source>
        <translation>O código SWIFT/BIC pertence a %1, o país do banco é %2.</translation>
    </message>
    <message>
        <source>No e-wallet provider is offered for %1.</source>
        <translation>Nenhum provedor de carteira digital é oferecido para %1.</translation>
    </message>
    <message>
        <source>Not offered for %1; choose one of: %2.</source>
        <translation>Não oferecido para %1; escolha um destes: %2.</translation>
    </message>
    <message>
        <source>The deposit key type must be phone, email, cpf, cnpj or random.</source>
        <translation>O tipo de chave PIX deve ser phone, email, cpf, cnpj ou random.</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>Não é um número de telefone.</translation>
    </message>
    <message>
        <source>Write the phone number with its country code, e.g. +63 917 123 4567.</source>
        <translation>Escreva o número de telefone com o código do país, p. ex. +63 917 123 4567.</translation>
    </message>
    <message>
        <source>The phone number has an unknown country code.</source>
        <translation>O número de telefone tem um código de país desconhecido.</translation>
    </message>
    <message>
        <source>The phone number has the wrong length for its country.</source>
        <translation>O número de telefone tem o comprimento errado para o seu país.</translation>
    </message>
    <message>
        <source>%1 is not in any number range known for its country; check it.</source>
        <translation>%1 não está em nenhuma faixa de números conhecida para o seu país; confira-o.</translation>
    </message>
    <message>
        <source>The phone key %1 is not the same number as the wallet account number.</source>
        <translation>A chave de telefone %1 não é o mesmo número que o número da conta da carteira.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address.</source>
        <translation>Não é um endereço de e-mail válido.</translation>
    </message>
    <message>
        <source>A random key is a UUID like 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>Uma chave aleatória é um UUID como 123e4567-e89b-12d3-a456-426614174000.</translation>
    </message>
    <message>
        <source>The all-zero UUID is not a key.</source>
        <translation>O UUID só com zeros não é uma chave.</translation>
    </message>
    <message>
        <source>A CPF has 11 digits.</source>
        <translation>Um CPF tem 11 dígitos.</translation>
    </message>
    <message>
        <source>A CNPJ has 12 letters or digits followed by 2 check digits.</source>
        <translation>Um CNPJ tem 12 letras ou dígitos seguidos de 2 dígitos verificadores.</translation>
    </message>
    <message>
        <source>A number of one repeated digit is never issued.</source>
        <translation>Um número de um só dígito repetido nunca é emitido.</translation>
    </message>
    <message>
        <source>The check digits do not match; the number has a typo.</source>
        <translation>Os dígitos verificadores não conferem; o número tem um erro de digitação.</translation>
    </message>
    <message>
        <source>The destination must be bank or ewallet.</source>
        <translation>O destino deve ser bank ou ewallet.</translation>
    </message>
    <message>
        <source>Ignored for a bank payout.</source>
        <translation>Ignorado em um pagamento para banco.</translation>
    </message>
    <message>
        <source>Ignored for an e-wallet payout.</source>
        <translation>Ignorado em um pagamento para carteira digital.</translation>
    </message>
    <message>
        <source>%1 does not take %2 keys; use one of: %3.</source>
        <translation>%1 não aceita chaves %2; use um destes tipos: %3.</translation>
    </message>
    <message>
        <source>%1 is a number of another country; %2 pays to numbers of %3 (+%4).</source>
        <translation>%1 é um número de outro país; %2 paga para números de %3 (+%4).</translation>
    </message>
    <message>
        <source>The bank is in %1, but the batch pays in %2, the currency of %3.</source>
        <translation>O banco fica em %1, mas o lote paga em %2, a moeda de %3.</translation>
    </message>
</context>
<context>
    <name>DirectoryCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 has no payee_name column: it is not a directory file.</source>
        <translation>%1 não tem a coluna payee_name: não é um arquivo de agenda de favorecidos.</translation>
    </message>
    <message>
        <source>Row %1: the payee has no name.</source>
        <translation>Linha %1: o favorecido não tem nome.</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3: %4</source>
        <translation>Linha %1 (%2): %3: %4</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Linha %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 could not be read as a workbook: %2</source>
        <translation>Não foi possível ler %1 como pasta de trabalho: %2</translation>
    </message>
    <message>
        <source>%1 has no sheet to read.</source>
        <translation>%1 não tem planilha para ler.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vazio.</translation>
    </message>
</context>
<context>
    <name>DirectoryStore</name>
    <message>
        <source>The payee could not be saved: %1</source>
        <translation>Não foi possível salvar o favorecido: %1</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>o nome está vazio.</translation>
    </message>
    <message>
        <source>The payee no longer exists.</source>
        <translation>O favorecido não existe mais.</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Não foi possível salvar a conta: %1</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>A conta não existe mais.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>This draft was already submitted and can no longer change.</source>
        <translation>Este rascunho já foi enviado e não pode mais ser alterado.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Não foi possível salvar o rascunho: %1</translation>
    </message>
    <message>
        <source>The draft could not be linked to its batch: %1</source>
        <translation>Não foi possível vincular o rascunho ao seu lote: %1</translation>
    </message>
    <message>
        <source>The draft could not be renamed: %1</source>
        <translation>Não foi possível renomear o rascunho: %1</translation>
    </message>
    <message>
        <source>The draft could not be deleted: %1</source>
        <translation>Não foi possível excluir o rascunho: %1</translation>
    </message>
    <message>
        <source>This draft was submitted: its batch keeps it, so it cannot be deleted.</source>
        <translation>Este rascunho foi enviado: o lote dele o mantém, por isso não pode ser excluído.</translation>
    </message>
    <message>
        <source>This draft no longer exists.</source>
        <translation>Este rascunho não existe mais.</translation>
    </message>
    <message>
        <source>Only the person who prepared this draft can rename or delete it.</source>
        <translation>Só quem preparou este rascunho pode renomeá-lo ou excluí-lo.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Order ID</source>
        <translation>ID do pedido</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titular da conta</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número da conta</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de conta</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>País do banco</translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation>SWIFT/BIC</translation>
    </message>
    <message>
        <source>Wallet holder</source>
        <translation>Titular da carteira</translation>
    </message>
    <message>
        <source>Wallet account</source>
        <translation>Conta da carteira</translation>
    </message>
    <message>
        <source>Wallet account type</source>
        <translation>Tipo de conta da carteira</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Deposit key type</source>
        <translation>Tipo de chave PIX</translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation>Chave PIX</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Não foi possível criar %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Não foi possível abrir o registro %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the journal %1: %2</source>
        <translation>Não foi possível preparar o registro %1: %2</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of the console (schema %1).</source>
        <translation>O registro foi gravado por uma versão mais nova do console (esquema %1).</translation>
    </message>
    <message>
        <source>Cannot upgrade the journal: %1</source>
        <translation>Não foi possível atualizar o registro: %1</translation>
    </message>
    <message>
        <source>The batch body has no request_id or no details.</source>
        <translation>O conteúdo do lote não tem request_id ou não tem detalhes.</translation>
    </message>
    <message>
        <source>The batch could not be recorded: %1</source>
        <translation>Não foi possível registrar o lote: %1</translation>
    </message>
    <message>
        <source>Frozen for sending</source>
        <translation>Congelado para envio</translation>
    </message>
    <message>
        <source>The batch cannot be read from the team workspace: %1</source>
        <translation>Não é possível ler o lote no espaço de trabalho da equipe: %1</translation>
    </message>
    <message>
        <source>Batch %1 was rejected by an approver: it is not sent.</source>
        <translation>O lote %1 foi recusado por um aprovador: ele não é enviado.</translation>
    </message>
    <message>
        <source>Batch %1 is not approved yet: in a team workspace a batch is sent only once approved.</source>
        <translation>O lote %1 ainda não foi aprovado: num espaço de trabalho de equipe, um lote só é enviado depois de aprovado.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded or sent.</source>
        <translation>Cancelado: nada foi gravado nem enviado.</translation>
    </message>
</context>
<context>
    <name>JournalImport</name>
    <message>
        <source>The import stopped (%1): %2</source>
        <translation>A importação parou (%1): %2</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::ApiClient</name>
    <message>
        <source>No app secret is available for this profile.</source>
        <translation>Nenhuma chave secreta do app está disponível para este perfil.</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>O corpo da requisição não é um objeto JSON.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::ApprovalQueueModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID da requisição</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprovações</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::BatchFilterProxyModel</name>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requer atenção</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em processamento</translation>
    </message>
    <message>
        <source>Unknown (being checked)</source>
        <translation>Não confirmado (em verificação)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Pago parcialmente</translation>
    </message>
    <message>
        <source>Failed or rejected</source>
        <translation>Com falha ou recusado</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>Intervenção manual</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::BatchListModel</name>
    <message>
        <source>%1 paid, %2 failed, %3 pending</source>
        <translation>%1 pagos, %2 com falha, %3 em processamento</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID da requisição</translation>
    </message>
    <message>
        <source>Lesspay order</source>
        <translation>Pedido Lesspay</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Payouts paid / failed / pending</source>
        <translation>Pagamentos: pagos / com falha / em processamento</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::BatchModel</name>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Carteira digital</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID do pedido</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Holder name</source>
        <translation>Nome do titular</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número da conta</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de conta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation>SWIFT/BIC</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Tipo de chave</translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation>Chave PIX</translation>
    </message>
    <message>
        <source>Row %1 of this batch pays the same account the same amount.</source>
        <translation>A linha %1 deste lote paga o mesmo valor para a mesma conta.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::ConnectionTester</name>
    <message>
        <source>The credentials work: the server accepted the signed request.</source>
        <translation>As credenciais funcionam: o servidor aceitou a requisição assinada.</translation>
    </message>
    <message>
        <source>The server rejected the signature (HTTP 401): the secret or the APPID is wrong.</source>
        <translation>O servidor recusou a assinatura (HTTP 401): a chave secreta ou o APPID está errado.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::DetailStatusModel</name>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Em processamento</translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation>Em processamento (%1)</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID do pedido</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fail reason</source>
        <translation>Motivo da falha</translation>
    </message>
    <message>
        <source>Channel order no.</source>
        <translation>Nº do pedido no canal</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado em</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Favorecido</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::DirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Last amount</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>Last paid</source>
        <translation>Último pagamento</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::DraftSession</name>
    <message>
        <source>Row %1 (%2, %3): the account differs from the payee&apos;s saved details or changed lately. Confirm the row in the review before sending.</source>
        <translation>Linha %1 (%2, %3): a conta difere dos dados salvos do favorecido ou foi alterada recentemente. Confirme a linha na revisão antes de enviar.</translation>
    </message>
    <message>
        <source>This is not the request of the batch&apos;s last review. Review the batch again.</source>
        <translation>Esta não é a requisição da última revisão do lote. Revise o lote novamente.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded or sent.</source>
        <translation>Cancelado: nada foi gravado nem enviado.</translation>
    </message>
    <message>
        <source>The draft is being reviewed or submitted. Delete it once that has ended.</source>
        <translation>O rascunho está sendo revisado ou enviado. Exclua-o quando isso terminar.</translation>
    </message>
    <message>
        <source>The open draft&apos;s changes are not in the journal yet: it stays open until the team database is back and they are written.</source>
        <translation>As alterações do rascunho aberto ainda não estão no registro: ele continua aberto até o banco de dados da equipe voltar e elas serem gravadas.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::JournalConnectionMonitor</name>
    <message>
        <source>The team database cannot be reached: nothing is sent until the connection is back.</source>
        <translation>Não é possível acessar o banco de dados da equipe: nada é enviado até a conexão voltar.</translation>
    </message>
    <message>
        <source>The team database refuses this login (password or role changed): nothing is sent until it accepts it again.</source>
        <translation>O banco de dados da equipe recusa este login (senha ou papel alterado): nada é enviado até ele aceitá-lo de novo.</translation>
    </message>
    <message>
        <source>The team database was upgraded by a newer version of the console: update this console. Nothing is written meanwhile.</source>
        <translation>O banco de dados da equipe foi atualizado por uma versão mais nova do console: atualize este console. Nada é gravado enquanto isso.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>O servidor fechou a conexão.</translation>
    </message>
    <message>
        <source>Schema %1, this console knows %2.</source>
        <translation>Esquema %1, este console conhece o %2.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::JournalSidebarModel</name>
    <message>
        <source>Drafts</source>
        <translation>Rascunhos</translation>
    </message>
    <message>
        <source>Submitted batches</source>
        <translation>Lotes enviados</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Rascunho %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n row(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n linha</numerusform>
            <numerusform>%1 · %2 · %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Alterado pela última vez em %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Criado em %1</translation>
    </message>
    <message>
        <source>Made from the failed payouts of batch %1</source>
        <translation>Criado com os pagamentos com falha do lote %1</translation>
    </message>
    <message>
        <source>Retries the failed payouts of batch %1</source>
        <translation>Repete os pagamentos com falha do lote %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::KeychainSecretStore</name>
    <message>
        <source>no answer after %1 ms</source>
        <translation>sem resposta após %1 ms</translation>
    </message>
    <message>
        <source>no keyring is set up, and making one would ask for a new keyring password</source>
        <translation>nenhum chaveiro foi configurado, e criar um pediria uma nova senha de chaveiro</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::LocalSandboxLauncher</name>
    <message>
        <source>the Local sandbox profile was removed</source>
        <translation>o perfil Sandbox local foi removido</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox local</translation>
    </message>
    <message>
        <source>the secret kept in memory for this run was lost</source>
        <translation>a chave secreta guardada na memória nesta execução se perdeu</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::OneShotExchange</name>
    <message>
        <source>the address %1 is neither http nor https; nothing was sent</source>
        <translation>o endereço %1 não é http nem https; nada foi enviado</translation>
    </message>
    <message>
        <source>this build has no TLS support; nothing was sent</source>
        <translation>esta compilação não tem suporte a TLS; nada foi enviado</translation>
    </message>
    <message>
        <source>no complete answer within the deadline</source>
        <translation>nenhuma resposta completa dentro do prazo</translation>
    </message>
    <message>
        <source>the server&apos;s answer has oversized headers</source>
        <translation>a resposta do servidor tem cabeçalhos grandes demais</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP/1.1</source>
        <translation>a resposta do servidor não é HTTP/1.1</translation>
    </message>
    <message>
        <source>the server&apos;s answer has a broken chunked body</source>
        <translation>a resposta do servidor tem um corpo chunked corrompido</translation>
    </message>
    <message>
        <source>the server&apos;s answer has an unusable Content-Length</source>
        <translation>a resposta do servidor tem um Content-Length inutilizável</translation>
    </message>
    <message>
        <source>the server&apos;s answer is too long</source>
        <translation>a resposta do servidor é longa demais</translation>
    </message>
    <message>
        <source>no connection to %1 could be made in time; nothing was sent</source>
        <translation>não foi possível conectar a %1 a tempo; nada foi enviado</translation>
    </message>
    <message>
        <source>the server&apos;s certificate expired on %1</source>
        <translation>o certificado do servidor expirou em %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is valid only from %1</source>
        <translation>o certificado do servidor só é válido a partir de %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is self-signed and not trusted</source>
        <translation>o certificado do servidor é autoassinado e não é confiável</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for %1, not for %2</source>
        <translation>o certificado do servidor é para %1, não para %2</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was revoked</source>
        <translation>o certificado do servidor foi revogado</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not signed by a trusted authority</source>
        <translation>o certificado do servidor não é assinado por uma autoridade confiável</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was not accepted: %1</source>
        <translation>o certificado do servidor não foi aceito: %1</translation>
    </message>
    <message>
        <source>the proxy %1 did not open a connection to %2 (%3)</source>
        <translation>o proxy %1 não abriu uma conexão com %2 (%3)</translation>
    </message>
    <message>
        <source>the host name %1 could not be found</source>
        <translation>o nome de host %1 não foi encontrado</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 recusou a conexão</translation>
    </message>
    <message>
        <source>the secure connection to %1 could not be set up (%2)</source>
        <translation>não foi possível estabelecer a conexão segura com %1 (%2)</translation>
    </message>
    <message>
        <source>the network to %1 is unreachable (%2)</source>
        <translation>a rede até %1 está inacessível (%2)</translation>
    </message>
    <message>
        <source>the connection to %1 failed (%2)</source>
        <translation>a conexão com %1 falhou (%2)</translation>
    </message>
    <message>
        <source>%1; nothing was sent</source>
        <translation>%1; nada foi enviado</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::PayeeDirectory</name>
    <message>
        <source>%1 is a saved payee, not paid yet.</source>
        <translation>%1 é um favorecido salvo, ainda sem pagamento.</translation>
    </message>
    <message>
        <source>%1 was last paid %2 %3 on %4.</source>
        <translation>%1 recebeu por último %2 %3 em %4.</translation>
    </message>
    <message>
        <source>The payee no longer exists.</source>
        <translation>O favorecido não existe mais.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>O perfil precisa de um nome.</translation>
    </message>
    <message>
        <source>The APPID is missing.</source>
        <translation>Falta o APPID.</translation>
    </message>
    <message>
        <source>The base URL must be an http or https URL with a host.</source>
        <translation>A URL base deve ser uma URL http ou https com um host.</translation>
    </message>
    <message>
        <source>A production base URL must use https.</source>
        <translation>Uma URL base de produção deve usar https.</translation>
    </message>
    <message>
        <source>The supported-banks path must start with &apos;/&apos;.</source>
        <translation>O caminho dos bancos suportados deve começar com &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The notify URL must be an http or https URL with a host.</source>
        <translation>A URL de notificação deve ser uma URL http ou https com um host.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Reconciler</name>
    <message>
        <source>Resumed: asking Lesspay whether the batch arrived</source>
        <translation>Retomado: perguntando à Lesspay se o lote chegou</translation>
    </message>
    <message>
        <source>Accepted by Lesspay</source>
        <translation>Aceito pela Lesspay</translation>
    </message>
    <message>
        <source>Lesspay already has this request_id: asking for it</source>
        <translation>A Lesspay já tem este request_id: consultando-o</translation>
    </message>
    <message>
        <source>Lesspay holds a different batch under this request_id</source>
        <translation>A Lesspay tem outro lote com este request_id</translation>
    </message>
    <message>
        <source>Found at Lesspay</source>
        <translation>Encontrado na Lesspay</translation>
    </message>
    <message>
        <source>Lesspay reports %1 %2 for this request_id; the console sent %3 %4.</source>
        <translation>A Lesspay informa %1 %2 para este request_id; o console enviou %3 %4.</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>enviado por %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::SandboxProcess</name>
    <message>
        <source>the sandbox did not report its port within %1 ms</source>
        <translation>o sandbox não informou sua porta em %1 ms</translation>
    </message>
    <message>
        <source>the sandbox is already running</source>
        <translation>o sandbox já está em execução</translation>
    </message>
    <message>
        <source>the lesspay-sandbox program was not found</source>
        <translation>o programa lesspay-sandbox não foi encontrado</translation>
    </message>
    <message>
        <source>the sandbox could not be started: %1</source>
        <translation>não foi possível iniciar o sandbox: %1</translation>
    </message>
    <message>
        <source>the sandbox stopped unexpectedly</source>
        <translation>o sandbox parou inesperadamente</translation>
    </message>
    <message>
        <source>the sandbox exited with code %1</source>
        <translation>o sandbox terminou com o código %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::SecretResult</name>
    <message>
        <source>saved</source>
        <translation>salva</translation>
    </message>
    <message>
        <source>no secret saved, or the keychain is locked</source>
        <translation>nenhuma chave secreta salva, ou o chaveiro está bloqueado</translation>
    </message>
    <message>
        <source>keychain unavailable: %1</source>
        <translation>chaveiro indisponível: %1</translation>
    </message>
    <message>
        <source>the keychain did not answer in time: %1</source>
        <translation>o chaveiro não respondeu a tempo: %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Settings</name>
    <message>
        <source>cannot write %1</source>
        <translation>não foi possível gravar %1</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file</source>
        <translation>%1 não é um arquivo de configurações válido</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::SubmissionEngine</name>
    <message>
        <source>The batch was saved but could not be sent: no connection is set up for its profile.</source>
        <translation>O lote foi salvo, mas não pôde ser enviado: nenhuma conexão está configurada para o perfil dele.</translation>
    </message>
    <message>
        <source>Only a batch that was not sent can be sent again.</source>
        <translation>Só um lote que não foi enviado pode ser enviado de novo.</translation>
    </message>
    <message>
        <source>Sent again by a person</source>
        <translation>Enviado de novo manualmente</translation>
    </message>
    <message>
        <source>The batch could not be sent: no connection is set up for its profile.</source>
        <translation>Não foi possível enviar o lote: nenhuma conexão está configurada para o perfil dele.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::WorkbookDamage</name>
    <message>
        <source>The cell holds a formula without a saved value (the program that saved the workbook did not calculate it). Open the workbook in Excel or LibreOffice, save it and import it again.</source>
        <translation>A célula contém uma fórmula sem valor salvo (o programa que salvou a pasta de trabalho não a calculou). Abra a pasta de trabalho no Excel ou no LibreOffice, salve e importe de novo.</translation>
    </message>
    <message>
        <source>The cell holds the error %1 instead of a value.</source>
        <translation>A célula contém o erro %1 em vez de um valor.</translation>
    </message>
    <message>
        <source>The amount cell holds a date (%1); a date is never read as an amount.</source>
        <translation>A célula do valor contém uma data (%1); uma data nunca é lida como valor.</translation>
    </message>
    <message>
        <source>The cell holds a date (%1): the spreadsheet probably took the value for a date. Format the column as Text, type the value again and save.</source>
        <translation>A célula contém uma data (%1): a planilha provavelmente tomou o valor por uma data. Formate a coluna como Texto, digite o valor de novo e salve.</translation>
    </message>
    <message>
        <source>The cell holds the logical value %1, not a value for this field.</source>
        <translation>A célula contém o valor lógico %1, não um valor para este campo.</translation>
    </message>
    <message>
        <source>%1 is stored as a number of more than 15 digits: Excel keeps only the first 15, so the rest are lost. Format the column as Text, type the value again and save.</source>
        <translation>%1 está salvo como número de mais de 15 dígitos: o Excel guarda só os 15 primeiros, e o resto se perdeu. Formate a coluna como Texto, digite o valor de novo e salve.</translation>
    </message>
    <message>
        <source>The amount is stored with binary noise beyond the digits the cell shows; it was read as %1, the value the cell shows.</source>
        <translation>O valor está salvo com ruído binário além dos dígitos que a célula mostra; foi lido como %1, o valor que a célula mostra.</translation>
    </message>
    <message>
        <source>The amount&apos;s number format shows currency text; the number %1 was read without it. Check that it is in the batch&apos;s currency.</source>
        <translation>O formato de número do valor mostra um texto de moeda; o número %1 foi lido sem ele. Confira se está na moeda do lote.</translation>
    </message>
    <message>
        <source>%1 is stored as a number, so a leading 0 or + would have been dropped. Check it; format the column as Text to keep such values as typed.</source>
        <translation>%1 está salvo como número, então um 0 ou + no início teria sido descartado. Confira; formate a coluna como Texto para manter esses valores como digitados.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxExporter</name>
    <message>
        <source>Lesspay payout template (%1)</source>
        <translation>Modelo de pagamentos Lesspay (%1)</translation>
    </message>
    <message>
        <source>Fill the Payouts sheet: one payout per row, below the header. Replace or delete the two example rows.</source>
        <translation>Preencha a planilha Payouts: um pagamento por linha, abaixo do cabeçalho. Substitua ou exclua as duas linhas de exemplo.</translation>
    </message>
    <message>
        <source>destination_type: bank or ewallet. Fill the bank_ columns for a bank account, the e_wallet. columns for an e-wallet.</source>
        <translation>destination_type: bank ou ewallet. Preencha as colunas bank_ para uma conta bancária e as colunas e_wallet. para uma carteira digital.</translation>
    </message>
    <message>
        <source>Account numbers, phone numbers and keys are text cells: type them with their leading zeros and +. Do not change these columns to a number format.</source>
        <translation>Números das contas, telefones e chaves são células de texto: digite-os com os zeros e o + do início. Não mude estas colunas para um formato de número.</translation>
    </message>
    <message>
        <source>The lists in the account type, provider and key type columns offer the values the console accepts.</source>
        <translation>As listas nas colunas de tipo de conta, provedor e tipo de chave oferecem os valores que o console aceita.</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>Não foi possível gravar a pasta de trabalho: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>mch_order_id: your unique reference for the payout. amount: a number with at most %n decimal(s), in %1.</source>
        <translation>
            <numerusform>mch_order_id: sua referência única para o pagamento. amount: o valor, um número com no máximo %n casa decimal, em %1.</numerusform>
            <numerusform>mch_order_id: sua referência única para o pagamento. amount: o valor, um número com no máximo %n casas decimais, em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the workbook in the Lesspay console (File &gt; Import…, which reads CSV files and workbooks) or with lesspay-cli validate.</source>
        <translation>Importe a pasta de trabalho no console Lesspay (Arquivo &gt; Importar…, que lê arquivos CSV e pastas de trabalho) ou com lesspay-cli validate.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxPackage</name>
    <message>
        <source>The workbook could not be read.</source>
        <translation>Não foi possível ler a pasta de trabalho.</translation>
    </message>
    <message>
        <source>The workbook is larger than %1 MB, the limit for an import.</source>
        <translation>A pasta de trabalho tem mais de %1 MB, o limite de uma importação.</translation>
    </message>
    <message>
        <source>The file is not a workbook: its zip directory is missing or damaged.</source>
        <translation>O arquivo não é uma pasta de trabalho: o diretório zip está ausente ou danificado.</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 parts; workbooks have a few dozen.</source>
        <translation>A pasta de trabalho tem mais de %1 partes; pastas de trabalho têm algumas dezenas.</translation>
    </message>
    <message>
        <source>The workbook&apos;s zip directory is damaged.</source>
        <translation>O diretório zip da pasta de trabalho está danificado.</translation>
    </message>
    <message>
        <source>The workbook is encrypted. Save it without a password and import it again.</source>
        <translation>A pasta de trabalho está criptografada. Salve-a sem senha e importe de novo.</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>A pasta de trabalho não tem a parte %1.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to %2 MB, more than the limit of %3 MB: the file was refused.</source>
        <translation>A parte %1 da pasta de trabalho descompacta para %2 MB, mais que o limite de %3 MB: o arquivo foi recusado.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 cannot be unpacked.</source>
        <translation>A parte %1 da pasta de trabalho não pode ser descompactada.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is damaged and cannot be unpacked.</source>
        <translation>A parte %1 da pasta de trabalho está danificada e não pode ser descompactada.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is damaged (its checksum is wrong).</source>
        <translation>A parte %1 da pasta de trabalho está danificada (a soma de verificação está errada).</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to more than %2 MB: the file was refused.</source>
        <translation>A parte %1 da pasta de trabalho descompacta para mais de %2 MB: o arquivo foi recusado.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to more than %2 times its packed size, which no spreadsheet program writes: the file was refused as a zip bomb.</source>
        <translation>A parte %1 da pasta de trabalho descompacta para mais de %2 vezes o tamanho compactado, o que nenhum programa de planilhas grava: o arquivo foi recusado como bomba zip.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is larger than %2 MB: the file was refused.</source>
        <translation>A parte %1 da pasta de trabalho tem mais de %2 MB: o arquivo foi recusado.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxReader</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is not well-formed XML (line %2: %3).</source>
        <translation>A parte %1 da pasta de trabalho não é um XML bem formado (linha %2: %3).</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 declares a document type, which workbooks never do: the file was refused.</source>
        <translation>A parte %1 da pasta de trabalho declara um tipo de documento, o que pastas de trabalho nunca fazem: o arquivo foi recusado.</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx). OpenDocument spreadsheets (.ods) and other formats: save the sheet as .xlsx or CSV.</source>
        <translation>O arquivo é um arquivo zip, mas não uma pasta de trabalho do Excel (.xlsx). Planilhas OpenDocument (.ods) e outros formatos: salve a planilha como .xlsx ou CSV.</translation>
    </message>
    <message>
        <source>The file is a zip archive but holds no workbook.</source>
        <translation>O arquivo é um arquivo zip, mas não contém pasta de trabalho.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>A pasta de trabalho não tem planilha.</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 distinct texts: the file was refused.</source>
        <translation>A pasta de trabalho tem mais de %1 textos distintos: o arquivo foi recusado.</translation>
    </message>
    <message>
        <source>The file is an Excel 97-2003 workbook (.xls) or a workbook protected by a password, which the console cannot read. In Excel, save it as &quot;Excel Workbook (.xlsx)&quot; without a password, or as &quot;CSV UTF-8&quot;.</source>
        <translation>O arquivo é uma pasta de trabalho do Excel 97-2003 (.xls) ou uma pasta de trabalho protegida por senha, que o console não consegue ler. No Excel, salve-a como &quot;Pasta de Trabalho do Excel (.xlsx)&quot; sem senha, ou como &quot;CSV UTF-8&quot;.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::XlsxSheetRows</name>
    <message>
        <source>The sheet&apos;s rows are out of order.</source>
        <translation>As linhas da planilha estão fora de ordem.</translation>
    </message>
    <message>
        <source>A cell has an invalid reference.</source>
        <translation>Uma célula tem uma referência inválida.</translation>
    </message>
    <message>
        <source>A cell lies beyond column %1.</source>
        <translation>Uma célula está além da coluna %1.</translation>
    </message>
    <message>
        <source>A cell refers to a shared text that does not exist.</source>
        <translation>Uma célula se refere a um texto compartilhado que não existe.</translation>
    </message>
    <message>
        <source>A number cell holds %1, which is no number.</source>
        <translation>Uma célula de número contém %1, que não é um número.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::AboutDialog</name>
    <message>
        <source>About Lesspay Payout Console</source>
        <translation>Sobre o Console de Pagamentos Lesspay</translation>
    </message>
    <message>
        <source>Lesspay Payout Console</source>
        <translation>Console de Pagamentos Lesspay</translation>
    </message>
    <message>
        <source>Prepare, submit and track payout batches to bank accounts and e-wallets.</source>
        <translation>Prepare, envie e acompanhe lotes de pagamento para contas bancárias e carteiras digitais.</translation>
    </message>
    <message>
        <source>This program is free software, licensed under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty.</source>
        <translation>Este programa é software livre, licenciado sob a &lt;a href=&quot;%1&quot;&gt;Licença Pública Geral GNU, versão 3 ou posterior&lt;/a&gt;. Ele é fornecido sem nenhuma garantia.</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>&amp;Copiar informações da versão</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado com %2)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operacional</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado para a área de transferência.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ApprovalsPage</name>
    <message>
        <source>Review and &amp;approve…</source>
        <translation>Re&amp;visar e aprovar…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Recu&amp;sar…</translation>
    </message>
    <message>
        <source>Send to &amp;Lesspay</source>
        <translation>E&amp;nviar à Lesspay</translation>
    </message>
    <message>
        <source>Opens the batch in the review, as it was frozen; approving asks for a comment.</source>
        <translation>Abre o lote na revisão, como foi congelado; aprovar pede um comentário.</translation>
    </message>
    <message>
        <source>Sends the approved batch with this computer&apos;s profile and its appSecret.</source>
        <translation>Envia o lote aprovado com o perfil deste computador e o appSecret dele.</translation>
    </message>
    <message>
        <source>Only an approver sends an approved batch.</source>
        <translation>Somente um aprovador envia um lote aprovado.</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>Aguardando a sua aprovação</translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation>Aprovados, ainda não enviados</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprovações</translation>
    </message>
    <message>
        <source>Batch %1 cannot be read: its frozen request is not a payout batch.</source>
        <translation>Não é possível ler o lote %1: a requisição congelada não é um lote de pagamentos.</translation>
    </message>
    <message>
        <source>Review batch %1 for approval</source>
        <translation>Revisar o lote %1 para aprovação</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprovar…</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Aprovar %1</translation>
    </message>
    <message>
        <source>Comment (kept with your approval):</source>
        <translation>Comentário (guardado com a sua aprovação):</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Não aprovado</translation>
    </message>
    <message>
        <source>The workspace did not accept the approval of %1: %2</source>
        <translation>O espaço de trabalho não aceitou a aprovação de %1: %2</translation>
    </message>
    <message>
        <source>%1 is approved and may be sent.</source>
        <translation>%1 está aprovado e pode ser enviado.</translation>
    </message>
    <message>
        <source>Your approval of %1 is recorded; it needs another approver.</source>
        <translation>A sua aprovação de %1 foi registrada; falta outro aprovador.</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Recusar %1</translation>
    </message>
    <message>
        <source>Why do you reject it? The preparer reads this:</source>
        <translation>Por que você o recusa? Quem preparou vai ler isto:</translation>
    </message>
    <message>
        <source>Rejection not recorded</source>
        <translation>Recusa não registrada</translation>
    </message>
    <message>
        <source>The workspace did not accept the rejection of %1: %2</source>
        <translation>O espaço de trabalho não aceitou a recusa de %1: %2</translation>
    </message>
    <message>
        <source>%1 is rejected; it will not be sent.</source>
        <translation>%1 foi recusado; não será enviado.</translation>
    </message>
    <message>
        <source>%1 was prepared with a profile this computer does not have; add the profile to send it.</source>
        <translation>%1 foi preparado com um perfil que este computador não tem; adicione o perfil para enviá-lo.</translation>
    </message>
    <message>
        <source>%1 is on its way to Lesspay; the Batches page follows it.</source>
        <translation>%1 está a caminho da Lesspay; a página Lotes o acompanha.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchDetailWidget</name>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>Export &amp;results…</source>
        <translation>E&amp;xportar resultados…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Select a request or response to see its body (account data masked).</source>
        <translation>Selecione uma requisição ou resposta para ver o conteúdo (dados da conta mascarados).</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Requests and responses</source>
        <translation>Requisições e respostas</translation>
    </message>
    <message>
        <source>No batch selected</source>
        <translation>Nenhum lote selecionado</translation>
    </message>
    <message>
        <source>Select a batch above to see its payouts, its timeline and its history.</source>
        <translation>Selecione um lote acima para ver os pagamentos, a linha do tempo e o histórico.</translation>
    </message>
    <message>
        <source>This batch is no longer in the journal.</source>
        <translation>Este lote não está mais no registro.</translation>
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
        <translation>Lote: %1</translation>
    </message>
    <message>
        <source>Payout %1</source>
        <translation>Pagamento %1</translation>
    </message>
    <message>
        <source>%1-failed.csv</source>
        <translation>%1-com-falha.csv</translation>
    </message>
    <message>
        <source>%1-results.csv</source>
        <translation>%1-resultados.csv</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>Payouts of the batch</source>
        <translation>Pagamentos do lote</translation>
    </message>
    <message>
        <source>Timeline of the batch</source>
        <translation>Linha do tempo do lote</translation>
    </message>
    <message>
        <source>Body of the selected request or response</source>
        <translation>Conteúdo da requisição ou resposta selecionada</translation>
    </message>
    <message>
        <source>Refresh th&amp;is batch</source>
        <translation>Atual&amp;izar este lote</translation>
    </message>
    <message>
        <source>Export f&amp;ailed…</source>
        <translation>Exportar com &amp;falha…</translation>
    </message>
    <message>
        <source>New draft from failed pa&amp;youts</source>
        <translation>Novo rascun&amp;ho com os pagamentos com falha</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Enviar de &amp;novo</translation>
    </message>
    <message>
        <source>Sends the batch unchanged, with the same request_id, once the cause is fixed.</source>
        <translation>Envia o lote sem alterações, com o mesmo request_id, depois que a causa for corrigida.</translation>
    </message>
    <message>
        <source>Save the batch report as a PDF file</source>
        <translation>Salvar o relatório do lote como arquivo PDF</translation>
    </message>
    <message>
        <source>Write a PDF for each paid payout to tell its payee what was paid</source>
        <translation>Gerar um PDF para cada pagamento com status Pago, informando ao favorecido o que foi pago</translation>
    </message>
    <message>
        <source>Payment advice is written for the paid payouts of a final batch</source>
        <translation>Os comprovantes de pagamento são gerados para os pagamentos com status Pago de um lote finalizado</translation>
    </message>
    <message>
        <source>Payment advice names the payer: enter the payer name of this batch&apos;s profile in Settings → Profiles first.</source>
        <translation>O comprovante de pagamento identifica o pagador: primeiro informe o nome do pagador do perfil deste lote em Configurações → Perfis.</translation>
    </message>
    <message>
        <source>Payment ad&amp;vice…</source>
        <translation>Compro&amp;vantes de pagamento…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Exp&amp;ortar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the batch report: totals, every payout and the audit trail (%1)</source>
        <translation>Imprimir o relatório do lote: o total, cada pagamento e a trilha de auditoria (%1)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Arquivos CSV (*.csv);;Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Retries the failed payouts of batch %1</source>
        <translation>Repete os pagamentos com falha do lote %1</translation>
    </message>
    <message>
        <source>Export failed payouts</source>
        <translation>Exportar pagamentos com falha</translation>
    </message>
    <message>
        <source>The failed payouts were not saved to %1: %2</source>
        <translation>Os pagamentos com falha não foram salvos em %1: %2</translation>
    </message>
    <message>
        <source>The results were not saved to %1: %2</source>
        <translation>Os resultados não foram salvos em %1: %2</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchEditProxyModel</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchEditor</name>
    <message>
        <source>Request ID</source>
        <translation>ID da requisição</translation>
    </message>
    <message>
        <source>Way type</source>
        <translation>Tipo de canal</translation>
    </message>
    <message>
        <source>Way code</source>
        <translation>Código do canal</translation>
    </message>
    <message>
        <source>Notify URL</source>
        <translation>URL de notificação</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>Generated by the console; it identifies this batch at Lesspay and is never reused</source>
        <translation>Gerado pelo console; identifica este lote na Lesspay e nunca é reutilizado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>https://example.com/lesspay/notify</source>
        <translation>https://example.com/lesspay/notify</translation>
    </message>
    <message>
        <source>&amp;Request ID:</source>
        <translation>ID da re&amp;quisição:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>M&amp;oeda:</translation>
    </message>
    <message>
        <source>&amp;Notify URL:</source>
        <translation>URL de &amp;notificação:</translation>
    </message>
    <message>
        <source>Way &amp;type:</source>
        <translation>&amp;Tipo de canal:</translation>
    </message>
    <message>
        <source>Way c&amp;ode:</source>
        <translation>Có&amp;digo do canal:</translation>
    </message>
    <message>
        <source>Add bank row</source>
        <translation>Adicionar linha de banco</translation>
    </message>
    <message>
        <source>Add e-wallet row</source>
        <translation>Adicionar linha de carteira digital</translation>
    </message>
    <message>
        <source>Add bank recipient…</source>
        <translation>Adicionar favorecido bancário…</translation>
    </message>
    <message>
        <source>Add e-wallet recipient…</source>
        <translation>Adicionar favorecido de carteira digital…</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Duplicar linhas</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Excluir linhas</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Limpar células</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Colar</translation>
    </message>
    <message>
        <source>Show account numbers</source>
        <translation>Mostrar os números das contas</translation>
    </message>
    <message>
        <source>Hide account numbers</source>
        <translation>Ocultar os números das contas</translation>
    </message>
    <message>
        <source>Edit way type</source>
        <translation>Editar tipo de canal</translation>
    </message>
    <message>
        <source>Edit way code</source>
        <translation>Editar código do canal</translation>
    </message>
    <message>
        <source>Edit notify URL</source>
        <translation>Editar URL de notificação</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>Alterar moeda</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>Duplicar %n linha</numerusform>
            <numerusform>Duplicar %n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Excluir %n linha</numerusform>
            <numerusform>Excluir %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add bank recipient</source>
        <translation>Adicionar favorecido bancário</translation>
    </message>
    <message>
        <source>Add e-wallet recipient</source>
        <translation>Adicionar favorecido de carteira digital</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Linha %1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New draft from this batch</source>
        <translation>Novo rascunho a partir deste lote</translation>
    </message>
    <message>
        <source>New draft from &amp;this batch</source>
        <translation>Novo rascunho a partir des&amp;te lote</translation>
    </message>
    <message>
        <source>Copy the rows of this submitted batch into a new draft with a new request ID</source>
        <translation>Copie as linhas deste lote enviado para um novo rascunho com um novo ID da requisição</translation>
    </message>
    <message>
        <source>Submitted as %1: this is exactly what was sent to Lesspay, and it cannot be changed. To send these payouts again or changed, start a new draft from this batch.</source>
        <translation>Enviado como %1: isto é exatamente o que foi enviado à Lesspay e não pode ser alterado. Para enviar estes pagamentos de novo ou alterados, crie um novo rascunho a partir deste lote.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>linha %1</translation>
    </message>
    <message numerus="yes">
        <source>Change the currency of this draft from %1 to %2? Its %n row(s) keep their amounts as typed, paid in %2.</source>
        <translation>
            <numerusform>Alterar a moeda deste rascunho de %1 para %2? Sua %n linha mantém o valor como digitado, pago em %2.</numerusform>
            <numerusform>Alterar a moeda deste rascunho de %1 para %2? Suas %n linhas mantêm os valores como digitados, pagos em %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bank row(s) are not in %1, the country of %2, and will be flagged: %3.</source>
        <translation>
            <numerusform>%n linha de banco não está em %1, o país de %2, e será marcada: %3.</numerusform>
            <numerusform>%n linhas de banco não estão em %1, o país de %2, e serão marcadas: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add payees…</source>
        <translation>Adicionar favorecidos…</translation>
    </message>
    <message>
        <source>Save to directory</source>
        <translation>Salvar na agenda de favorecidos</translation>
    </message>
    <message>
        <source>Fill from %1</source>
        <translation>Preencher com %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n payee(s)</source>
        <translation>
            <numerusform>Adicionar %n favorecido</numerusform>
            <numerusform>Adicionar %n favorecidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Update payee</source>
        <translation>Atualizar favorecido</translation>
    </message>
    <message>
        <source>%1 is saved with other account details. Replace the saved account with this row&apos;s? Choose No to keep both accounts.</source>
        <translation>%1 está salvo com outros dados de conta. Substituir a conta salva pela desta linha? Escolha Não para manter as duas contas.</translation>
    </message>
    <message>
        <source>Open payee in directory</source>
        <translation>Abrir favorecido na agenda de favorecidos</translation>
    </message>
    <message>
        <source>Bank row</source>
        <translation>Linha de banco</translation>
    </message>
    <message>
        <source>E-wallet row</source>
        <translation>Linha de carteira digital</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Adicionar favorecido</translation>
    </message>
    <message>
        <source>Add a recipient through a form, or payees saved in the directory</source>
        <translation>Adicione um favorecido por um formulário, ou os salvos na agenda de favorecidos</translation>
    </message>
    <message>
        <source>Made from the failed payouts of batch %1</source>
        <translation>Criado com os pagamentos com falha do lote %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchItemDelegate</name>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Carteira digital</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Pessoa física</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Pessoa jurídica</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, linha %2</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchNotifier</name>
    <message>
        <source>Batch paid</source>
        <translation>Lote pago</translation>
    </message>
    <message>
        <source>Batch partly paid</source>
        <translation>Lote pago parcialmente</translation>
    </message>
    <message>
        <source>Batch failed</source>
        <translation>Lote com falha</translation>
    </message>
    <message>
        <source>Batch rejected</source>
        <translation>Lote recusado</translation>
    </message>
    <message>
        <source>Batch needs a person</source>
        <translation>Lote requer intervenção manual</translation>
    </message>
    <message>
        <source>Batch updated</source>
        <translation>Lote atualizado</translation>
    </message>
    <message>
        <source>Every payout of %1 was paid.</source>
        <translation>Todos os pagamentos de %1 foram pagos.</translation>
    </message>
    <message>
        <source>Some payouts of %1 failed; see the Batches view.</source>
        <translation>Alguns pagamentos de %1 falharam; veja a tela Lotes.</translation>
    </message>
    <message>
        <source>No payout of %1 was paid; see the Batches view.</source>
        <translation>Nenhum pagamento de %1 foi pago; veja a tela Lotes.</translation>
    </message>
    <message>
        <source>Lesspay refused %1; nothing was paid.</source>
        <translation>A Lesspay recusou %1; nada foi pago.</translation>
    </message>
    <message>
        <source>The console stopped on %1; please check it with Lesspay.</source>
        <translation>O console parou em %1; verifique-o com a Lesspay.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchesView</name>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;té</translation>
    </message>
    <message>
        <source>Search request ID, Lesspay order, profile, total…</source>
        <translation>Buscar ID da requisição, pedido Lesspay, perfil, total…</translation>
    </message>
    <message>
        <source>Show the batches that failed, were partly paid or need a person</source>
        <translation>Mostrar os lotes que falharam, foram pagos parcialmente ou requerem intervenção manual</translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation>Atualizar a&amp;gora</translation>
    </message>
    <message>
        <source>Batches (%1)</source>
        <translation>Lotes (%1)</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Criado a partir de</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Criado até</translation>
    </message>
    <message>
        <source>Search batches</source>
        <translation>Buscar lotes</translation>
    </message>
    <message>
        <source>Submitted batches</source>
        <translation>Lotes enviados</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Requer atenção: %1</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>The batch cannot be sent from here.</source>
        <translation>O lote não pode ser enviado daqui.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ColumnMappingDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Check which field each column holds. Columns set to “Ignore” are not imported.</source>
        <translation>Confira qual campo cada coluna contém. Colunas marcadas como “Ignorar” não são importadas.</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo da coluna %1</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(coluna %1)</translation>
    </message>
    <message>
        <source>Decimal separator of the amounts</source>
        <translation>Separador decimal dos valores</translation>
    </message>
    <message>
        <source>Point: 1234.56</source>
        <translation>Ponto: 1234.56</translation>
    </message>
    <message>
        <source>Comma: 1234,56</source>
        <translation>Vírgula: 1234,56</translation>
    </message>
    <message>
        <source>Amounts use a &amp;decimal:</source>
        <translation>Separador &amp;decimal dos valores:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → not an amount</source>
        <translation>%1 → não é um valor</translation>
    </message>
    <message>
        <source>Most amounts of this file cannot be read with a decimal point. With a decimal comma, “%1” reads as %2: choose the separator the file means.</source>
        <translation>A maioria dos valores deste arquivo não pode ser lida com ponto decimal. Com vírgula decimal, “%1” é lido como %2: escolha o separador que o arquivo usa.</translation>
    </message>
    <message>
        <source>Most amounts of this file cannot be read with a decimal comma. With a decimal point, “%1” reads as %2: choose the separator the file means.</source>
        <translation>A maioria dos valores deste arquivo não pode ser lida com vírgula decimal. Com ponto decimal, “%1” é lido como %2: escolha o separador que o arquivo usa.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::CsvFlow</name>
    <message>
        <source>Import recipients</source>
        <translation>Importar favorecidos</translation>
    </message>
    <message>
        <source>Export recipients</source>
        <translation>Exportar favorecidos</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Falha na importação</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Relatório de importação</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n linha importada.</numerusform>
            <numerusform>%n linhas importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column mapping was remembered.</source>
        <translation>Nenhum mapeamento de colunas estava memorizado.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n remembered column mapping(s); the next import of such a file asks again.</source>
        <translation>
            <numerusform>%n mapeamento de colunas memorizado foi esquecido; a próxima importação de um arquivo assim pergunta de novo.</numerusform>
            <numerusform>%n mapeamentos de colunas memorizados foram esquecidos; a próxima importação de um arquivo assim pergunta de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Arquivos de favorecidos (*.csv *.xlsx);;Arquivos CSV (*.csv);;Pastas de trabalho do Excel (*.xlsx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Arquivos CSV (*.csv);;Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported</source>
        <translation>
            <numerusform>%n linha importada</numerusform>
            <numerusform>%n linhas importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to look at</source>
        <translation>
            <numerusform>%n problema para conferir</numerusform>
            <numerusform>%n problemas para conferir</numerusform>
        </translation>
    </message>
    <message>
        <source>Export not saved</source>
        <translation>Exportação não salva</translation>
    </message>
    <message>
        <source>The recipients could not be saved to %1: %2</source>
        <translation>Não foi possível salvar os favorecidos em %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1, readable only by you: it holds full account numbers.</source>
        <translation>Exportado para %1, legível só por você: contém os números das contas completos.</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Random key (UUID)</source>
        <translation>Chave aleatória (UUID)</translation>
    </message>
    <message>
        <source>000.000.000-00 (11 digits)</source>
        <translation>000.000.000-00 (11 dígitos)</translation>
    </message>
    <message>
        <source>00.000.000/0000-00 (14 characters)</source>
        <translation>00.000.000/0000-00 (14 caracteres)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>+63 917 123 4567 (with country code)</source>
        <translation>+63 917 123 4567 (com código do país)</translation>
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
        <translation>Buscar nome, referência, etiqueta ou observações</translation>
    </message>
    <message>
        <source>Search payees</source>
        <translation>Buscar favorecidos</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Export directory…</source>
        <translation>Exportar agenda de favorecidos…</translation>
    </message>
    <message>
        <source>Import directory…</source>
        <translation>Importar agenda de favorecidos…</translation>
    </message>
    <message>
        <source>Payee details</source>
        <translation>Dados do favorecido</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Agenda de favorecidos</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas as etiquetas</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Contas:</translation>
    </message>
    <message>
        <source>E-wallet %1 %2, key %3</source>
        <translation>Carteira digital %1 %2, chave PIX %3</translation>
    </message>
    <message>
        <source>Bank %1 (%2) %3</source>
        <translation>Banco %1 (%2) %3</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>alterada em %1</translation>
    </message>
    <message>
        <source>Payouts:</source>
        <translation>Pagamentos:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhum ainda</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>em processamento</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Alterações:</translation>
    </message>
    <message>
        <source>Export directory</source>
        <translation>Exportar agenda de favorecidos</translation>
    </message>
    <message>
        <source>The directory was written to %1 with full account numbers; only you can read the file.</source>
        <translation>A agenda de favorecidos foi gravada em %1 com os números das contas completos; só você pode ler o arquivo.</translation>
    </message>
    <message>
        <source>Import directory</source>
        <translation>Importar agenda de favorecidos</translation>
    </message>
    <message numerus="yes">
        <source>%n payee(s) added</source>
        <translation>
            <numerusform>%n favorecido adicionado</numerusform>
            <numerusform>%n favorecidos adicionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) added</source>
        <translation>
            <numerusform>%n conta adicionada</numerusform>
            <numerusform>%n contas adicionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicata ignorada</numerusform>
            <numerusform>%n duplicatas ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n linha recusada</numerusform>
            <numerusform>%n linhas recusadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payee to see its accounts, its payouts and the history of its changes.</source>
        <translation>Selecione um favorecido para ver as contas, os pagamentos e o histórico de alterações.</translation>
    </message>
    <message>
        <source>New payee…</source>
        <translation>Novo favorecido…</translation>
    </message>
    <message>
        <source>Edit payee…</source>
        <translation>Editar favorecido…</translation>
    </message>
    <message>
        <source>Delete payee</source>
        <translation>Excluir favorecido</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Arquivos CSV (*.csv);;Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Directory files (*.csv *.xlsx);;All files (*)</source>
        <translation>Arquivos da agenda de favorecidos (*.csv *.xlsx);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and %n saved account(s) from the directory? The history of its changes stays.</source>
        <translation>
            <numerusform>Excluir %1 e %n conta salva da agenda de favorecidos? O histórico de alterações é mantido.</numerusform>
            <numerusform>Excluir %1 e %n contas salvas da agenda de favorecidos? O histórico de alterações é mantido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::DirectorySettingsDialog</name>
    <message>
        <source>Changed-account warning</source>
        <translation>Aviso de conta alterada</translation>
    </message>
    <message>
        <source>Days a changed account is flagged</source>
        <translation>Dias em que uma conta alterada fica sinalizada</translation>
    </message>
    <message>
        <source>A row paying a saved payee&apos;s account that was added or changed within this many days is flagged in the editor and the review, and a person must confirm it before Production. An account that is none of the payee&apos;s saved ones is always flagged.</source>
        <translation>Uma linha que paga uma conta salva do favorecido, adicionada ou alterada dentro desse número de dias, é sinalizada no editor e na revisão, e uma pessoa precisa confirmá-la antes da Produção. Uma conta que não é nenhuma das contas salvas do favorecido é sempre sinalizada.</translation>
    </message>
    <message>
        <source>Flag changed accounts for (&amp;days):</source>
        <translation>Sinalizar contas alteradas por (&amp;dias):</translation>
    </message>
    <message>
        <source>Changed-&amp;account warning…</source>
        <translation>&amp;Aviso de conta alterada…</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::FirstRunPage</name>
    <message>
        <source>Welcome to Lesspay Payout Console</source>
        <translation>Boas-vindas ao Console de Pagamentos Lesspay</translation>
    </message>
    <message>
        <source>Prepare payout batches to bank accounts and e-wallets, check every recipient as you type, submit the batch and follow each payout to its final status.</source>
        <translation>Prepare lotes de pagamento para contas bancárias e carteiras digitais, confira cada favorecido enquanto digita, envie o lote e acompanhe cada pagamento até o status final.</translation>
    </message>
    <message>
        <source>Try it safely with the local sandbox</source>
        <translation>Experimente com segurança no sandbox local</translation>
    </message>
    <message>
        <source>The console comes with a local sandbox: a server on this computer that behaves like Lesspay. It checks signatures and recipient details, moves payouts through their statuses and can simulate failures. No real money moves and no account is needed, so you can try everything right away.</source>
        <translation>O console vem com um sandbox local: um servidor neste computador que se comporta como a Lesspay. Ele confere assinaturas e dados dos favorecidos, faz os pagamentos passarem pelos status e pode simular falhas. Nenhum dinheiro real é movimentado e nenhuma conta é necessária, então você pode experimentar tudo agora mesmo.</translation>
    </message>
    <message>
        <source>Add a real profile</source>
        <translation>Adicionar um perfil real</translation>
    </message>
    <message>
        <source>When you are ready to pay for real, add a profile with the App ID, the app secret and the API address that Lesspay gave you for that environment (UAT or production). Switch between profiles at any time; the sandbox profile stays available.</source>
        <translation>Quando estiver pronto para pagar de verdade, adicione um perfil com o App ID, a chave secreta do app e o endereço da API que a Lesspay forneceu para aquele ambiente (UAT ou produção). Alterne entre perfis a qualquer momento; o perfil do sandbox continua disponível.</translation>
    </message>
    <message>
        <source>Where your secret lives</source>
        <translation>Onde fica sua chave secreta</translation>
    </message>
    <message>
        <source>The app secret is kept in your system keyring (GNOME Keyring, KWallet or KeePassXC), never in a file. Profiles, without secrets, are saved in %1.</source>
        <translation>A chave secreta do app fica no chaveiro do sistema (GNOME Keyring, KWallet ou KeePassXC), nunca em um arquivo. Os perfis, sem as chaves secretas, são salvos em %1.</translation>
    </message>
    <message>
        <source>Start from the CSV template</source>
        <translation>Comece pelo modelo CSV</translation>
    </message>
    <message>
        <source>Save the CSV template, fill in one row per payout in your spreadsheet (bank columns for bank transfers, e-wallet columns for e-wallets) and import it. The console checks every row and shows what needs fixing before anything is sent.</source>
        <translation>Salve o modelo CSV, preencha uma linha por pagamento na sua planilha (colunas de banco para transferências bancárias, colunas de carteira digital para carteiras digitais) e importe-o. O console confere cada linha e mostra o que precisa ser corrigido antes de qualquer envio.</translation>
    </message>
    <message>
        <source>Save the CSV &amp;template…</source>
        <translation>Salvar o &amp;modelo CSV…</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Boas-vindas</translation>
    </message>
    <message>
        <source>Open the &amp;local sandbox</source>
        <translation>Abrir o &amp;sandbox local</translation>
    </message>
    <message>
        <source>Add a real pr&amp;ofile…</source>
        <translation>A&amp;dicionar um perfil real…</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>Página de &amp;boas-vindas</translation>
    </message>
    <message>
        <source>&amp;About Lesspay Payout Console</source>
        <translation>&amp;Sobre o Console de Pagamentos Lesspay</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::JournalSidebar</name>
    <message>
        <source>Drafts</source>
        <translation>Rascunhos</translation>
    </message>
    <message>
        <source>Submitted batches</source>
        <translation>Lotes enviados</translation>
    </message>
    <message>
        <source>Dr&amp;afts</source>
        <translation>Ra&amp;scunhos</translation>
    </message>
    <message>
        <source>Sub&amp;mitted</source>
        <translation>En&amp;viados</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Draft not renamed</source>
        <translation>Rascunho não renomeado</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Excluir rascunho</translation>
    </message>
    <message numerus="yes">
        <source>Delete the draft &quot;%1&quot; with its %n row(s)? It cannot be brought back.</source>
        <translation>
            <numerusform>Excluir o rascunho &quot;%1&quot; com a sua %n linha? Não será possível recuperá-lo.</numerusform>
            <numerusform>Excluir o rascunho &quot;%1&quot; com as suas %n linhas? Não será possível recuperá-lo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft not deleted</source>
        <translation>Rascunho não excluído</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma do &amp;sistema</translation>
    </message>
    <message>
        <source>The new language applies the next time the console starts.</source>
        <translation>O novo idioma vale a partir da próxima vez que o console for iniciado.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::MainWindow</name>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Rascunho</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>&amp;Novo rascunho</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>En&amp;viar…</translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation>&amp;Próximo problema</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfis…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Abrir recentes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Lote</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>The draft could not be opened.</source>
        <translation>Não foi possível abrir o rascunho.</translation>
    </message>
    <message>
        <source>Draft damaged</source>
        <translation>Rascunho danificado</translation>
    </message>
    <message>
        <source>The rows of this draft could not be read.</source>
        <translation>Não foi possível ler as linhas deste rascunho.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Rascunho salvo.</translation>
    </message>
    <message>
        <source>PRODUCTION profile “%1”: payouts submitted here move real money.</source>
        <translation>Perfil de PRODUÇÃO “%1”: pagamentos enviados aqui movimentam dinheiro real.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Nenhum perfil</translation>
    </message>
    <message>
        <source>Review and submit the batch (Ctrl+Return)</source>
        <translation>Revisar e enviar o lote (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Sending needs the profile&apos;s secret</source>
        <translation>O envio precisa da chave secreta do perfil</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Rascunho %1</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Novo rascunho</translation>
    </message>
    <message>
        <source>Lesspay Payout Console</source>
        <translation>Console de Pagamentos Lesspay</translation>
    </message>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation>Não foi possível iniciar o sandbox local: %1</translation>
    </message>
    <message>
        <source>Forget remembered &amp;column mappings</source>
        <translation>Esquecer mapeamentos de &amp;colunas memorizados</translation>
    </message>
    <message>
        <source>Imports remember the columns you matched for each kind of file; forget them so that the next import asks again.</source>
        <translation>As importações memorizam as colunas que você associou para cada tipo de arquivo; esqueça-as para que a próxima importação pergunte de novo.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Desfazer %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Refazer %1</translation>
    </message>
    <message>
        <source>New draft made from the submitted batch.</source>
        <translation>Novo rascunho criado a partir do lote enviado.</translation>
    </message>
    <message>
        <source>The new draft could not be saved.</source>
        <translation>Não foi possível salvar o novo rascunho.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Request &amp;approval…</source>
        <translation>Solicitar &amp;aprovação…</translation>
    </message>
    <message>
        <source>This draft was already frozen as %1 and its approval asked for.</source>
        <translation>Este rascunho já foi congelado como %1 e a aprovação dele já foi solicitada.</translation>
    </message>
    <message>
        <source>Approval not requested</source>
        <translation>Aprovação não solicitada</translation>
    </message>
    <message>
        <source>Batch %1 is frozen, but the workspace did not take the request for its approval: %2</source>
        <translation>O lote %1 foi congelado, mas o espaço de trabalho não aceitou a solicitação de aprovação: %2</translation>
    </message>
    <message>
        <source>Batch %1 needs no approval: an approver can send it now.</source>
        <translation>O lote %1 não precisa de aprovação: um aprovador já pode enviá-lo.</translation>
    </message>
    <message>
        <source>Batch %1 waits for approval.</source>
        <translation>O lote %1 aguarda aprovação.</translation>
    </message>
    <message>
        <source>Review the batch and ask the team to approve it (Ctrl+Return)</source>
        <translation>Revise o lote e peça à equipe que o aprove (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Draft %1 was changed elsewhere while the team database was out of reach: your edits were saved as draft %2.</source>
        <translation>O rascunho %1 foi alterado em outro lugar enquanto o banco de dados da equipe estava inacessível: suas alterações foram salvas como rascunho %2.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::OverviewWidget</name>
    <message>
        <source>Today&apos;s batches</source>
        <translation>Lotes de hoje</translation>
    </message>
    <message>
        <source>Paid today</source>
        <translation>Pago hoje</translation>
    </message>
    <message>
        <source>Nothing paid yet</source>
        <translation>Nada pago ainda</translation>
    </message>
    <message>
        <source>Today&apos;s batches: %1</source>
        <translation>Lotes de hoje: %1</translation>
    </message>
    <message>
        <source>%1 (payouts: %2)</source>
        <translation>%1 (pagamentos: %2)</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::PayeeDialog</name>
    <message>
        <source>E-wallet %1 %2, %3</source>
        <translation>Carteira digital %1 %2, %3</translation>
    </message>
    <message>
        <source>Bank %1 (%2) %3, %4</source>
        <translation>Banco %1 (%2) %3, %4</translation>
    </message>
    <message>
        <source>E&amp;dit account…</source>
        <translation>E&amp;ditar conta…</translation>
    </message>
    <message>
        <source>Re&amp;move account</source>
        <translation>Re&amp;mover conta</translation>
    </message>
    <message>
        <source>Edit payee</source>
        <translation>Editar favorecido</translation>
    </message>
    <message>
        <source>New payee</source>
        <translation>Novo favorecido</translation>
    </message>
    <message>
        <source>Your own reference, like a supplier number</source>
        <translation>Sua própria referência, p. ex. o código do fornecedor</translation>
    </message>
    <message>
        <source>Comma-separated, like suppliers, monthly</source>
        <translation>Separadas por vírgula, p. ex. fornecedores, mensal</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referência:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Observações:</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>&amp;Contas:</translation>
    </message>
    <message>
        <source>Add &amp;bank account…</source>
        <translation>Adicionar conta &amp;bancária…</translation>
    </message>
    <message>
        <source>Add &amp;e-wallet account…</source>
        <translation>Adicionar conta da carteira di&amp;gital…</translation>
    </message>
    <message>
        <source>A payee needs a name.</source>
        <translation>O favorecido precisa de um nome.</translation>
    </message>
    <message>
        <source>A payee needs at least one bank or e-wallet account.</source>
        <translation>O favorecido precisa de pelo menos uma conta bancária ou conta da carteira digital.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::PayeePickerDialog</name>
    <message>
        <source>Add payees</source>
        <translation>Adicionar favorecidos</translation>
    </message>
    <message>
        <source>Search name, reference, tag or notes</source>
        <translation>Buscar nome, referência, etiqueta ou observações</translation>
    </message>
    <message>
        <source>Search payees</source>
        <translation>Buscar favorecidos</translation>
    </message>
    <message>
        <source>Select the payees to pay again (Ctrl or Shift for several). Each gets a row with its first saved account and the amount it was last paid.</source>
        <translation>Selecione os favorecidos a pagar de novo (Ctrl ou Shift para vários). Cada um recebe uma linha com sua primeira conta salva e o valor do último pagamento.</translation>
    </message>
    <message>
        <source>Add to draft</source>
        <translation>Adicionar ao rascunho</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ProfileEditorDialog</name>
    <message>
        <source>Local sandbox (started by the console)</source>
        <translation>Sandbox local (iniciado pelo console)</translation>
    </message>
    <message>
        <source>Lesspay UAT (test host)</source>
        <translation>Lesspay UAT (host de teste)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produção</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>URL base personalizada</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Remover perfil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its saved secret?</source>
        <translation>Remover o perfil &quot;%1&quot; e a chave secreta salva?</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (produção)</translation>
    </message>
    <message>
        <source>set when the sandbox starts</source>
        <translation>definida quando o sandbox inicia</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s secret is generated by the console.</source>
        <translation>A chave secreta do sandbox local é gerada pelo console.</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>salvando…</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>não salva</translation>
    </message>
    <message>
        <source>saved on %1</source>
        <translation>salva em %1</translation>
    </message>
    <message>
        <source>Not understood and left out: %1</source>
        <translation>Não reconhecido e ignorado: %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>não salva: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>LOCAL SANDBOX</source>
        <translation>SANDBOX LOCAL</translation>
    </message>
    <message>
        <source>TEST · Lesspay UAT</source>
        <translation>TESTE · Lesspay UAT</translation>
    </message>
    <message>
        <source>PRODUCTION · real money</source>
        <translation>PRODUÇÃO · dinheiro real</translation>
    </message>
    <message>
        <source>CUSTOM SERVER</source>
        <translation>SERVIDOR PERSONALIZADO</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::RecipientCsv</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>O arquivo não tem linha de cabeçalho.</translation>
    </message>
    <message>
        <source>No row could be read.</source>
        <translation>Nenhuma linha pôde ser lida.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Spreadsheets on Western Windows save CSV files as Windows-1252: read it again that way?</source>
        <translation>%1 não é texto UTF-8. Planilhas no Windows ocidental salvam arquivos CSV como Windows-1252: ler de novo dessa forma?</translation>
    </message>
    <message>
        <source>The columns remembered for files like this one would read most of its amounts as invalid. Check them and the decimal separator before importing.</source>
        <translation>Com as colunas lembradas para arquivos como este, a maioria dos valores seria lida como inválida. Confira as colunas e o separador decimal antes de importar.</translation>
    </message>
    <message>
        <source>row %1, line %2 of the file</source>
        <translation>linha %1, linha %2 do arquivo</translation>
    </message>
    <message>
        <source>line %1 of the file (not imported)</source>
        <translation>linha %1 do arquivo (não importada)</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>o arquivo</translation>
    </message>
    <message>
        <source>The workbook has several sheets. Import the recipients from:</source>
        <translation>A pasta de trabalho tem várias planilhas. Importar os favorecidos de:</translation>
    </message>
    <message>
        <source>%1, column %2 (%3)</source>
        <translation>%1, coluna %2 (%3)</translation>
    </message>
    <message>
        <source>The file&apos;s permissions could not be limited to you: %1</source>
        <translation>Não foi possível restringir as permissões do arquivo a você: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::RecipientDialog</name>
    <message>
        <source>%1 problem</source>
        <translation>Problema em %1</translation>
    </message>
    <message>
        <source>Amount in %1, like %2</source>
        <translation>Valor em %1, p. ex. %2</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ReportActions</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the payment advice</source>
        <translation>Pasta para os comprovantes de pagamento</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimir relatório</translation>
    </message>
    <message>
        <source>%1-report.pdf</source>
        <translation>%1-relatorio.pdf</translation>
    </message>
    <message>
        <source>%1-review.pdf</source>
        <translation>%1-revisao.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Writing the report of %n payout(s)…</source>
        <translation>
            <numerusform>Gerando o relatório de %n pagamento…</numerusform>
            <numerusform>Gerando o relatório de %n pagamentos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>The PDF was not written: cancelled.</source>
        <translation>O PDF não foi gerado: cancelado.</translation>
    </message>
    <message>
        <source>Payout batch %1</source>
        <translation>Lote de pagamento %1</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n payout(s)…</source>
        <translation>
            <numerusform>Diagramando %n pagamento…</numerusform>
            <numerusform>Diagramando %n pagamentos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>A impressão foi cancelada.</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>Relatório de %1 enviado para a impressora.</translation>
    </message>
    <message>
        <source>This batch has no paid payouts to write advice for.</source>
        <translation>Nenhum pagamento deste lote foi pago; não há comprovantes a gerar.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n payment advice(s)…</source>
        <translation>
            <numerusform>Gerando %n comprovante de pagamento…</numerusform>
            <numerusform>Gerando %n comprovantes de pagamento…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n payment advice(s) to %1.</source>
        <translation>
            <numerusform>%n comprovante de pagamento salvo em %1.</numerusform>
            <numerusform>%n comprovantes de pagamento salvos em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n payment advice(s).</source>
        <translation>
            <numerusform>Cancelado após %n comprovante de pagamento.</numerusform>
            <numerusform>Cancelado após %n comprovantes de pagamento.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::StatusIndicators</name>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>Perfil: %1 (%2)</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Nenhum perfil</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation>Sandbox parado</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Iniciando o sandbox local…</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Sandbox em execução em %1</translation>
    </message>
    <message>
        <source>Sandbox failed to start</source>
        <translation>Falha ao iniciar o sandbox</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Keychain: reading…</source>
        <translation>Chaveiro: lendo…</translation>
    </message>
    <message>
        <source>Keychain: secret available</source>
        <translation>Chaveiro: chave secreta disponível</translation>
    </message>
    <message>
        <source>Keychain unavailable: secret kept in memory for this run only</source>
        <translation>Chaveiro indisponível: chave secreta mantida na memória apenas nesta execução</translation>
    </message>
    <message>
        <source>Keychain: no secret saved, or the keychain is locked</source>
        <translation>Chaveiro: nenhuma chave secreta salva, ou o chaveiro está bloqueado</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation>Chaveiro indisponível: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Read the secret from the keychain again (after unlocking it)</source>
        <translation>Ler de novo a chave secreta do chaveiro (depois de desbloqueá-lo)</translation>
    </message>
    <message>
        <source>Keychain: %1. The local sandbox uses a new secret kept in memory for this run.</source>
        <translation>Chaveiro: %1. O sandbox local usa uma nova chave secreta guardada na memória só nesta execução.</translation>
    </message>
    <message>
        <source>Team database: connected</source>
        <translation>Banco de dados da equipe: conectado</translation>
    </message>
    <message>
        <source>Team database: unreachable, reconnecting… (since %1)</source>
        <translation>Banco de dados da equipe: inacessível, reconectando… (desde %1)</translation>
    </message>
    <message>
        <source>Team database: password refused (since %1)</source>
        <translation>Banco de dados da equipe: senha recusada (desde %1)</translation>
    </message>
    <message>
        <source>Team database: upgraded by a newer console (since %1)</source>
        <translation>Banco de dados da equipe: atualizado por um console mais novo (desde %1)</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::SubmitFlow</name>
    <message>
        <source>Saving the draft and writing its request…</source>
        <translation>Salvando o rascunho e gerando a requisição…</translation>
    </message>
    <message>
        <source>The batch has problems to fix before it can be sent.</source>
        <translation>O lote tem problemas a corrigir antes de poder ser enviado.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>Revisar e enviar</translation>
    </message>
    <message>
        <source>Review cancelled: the draft was saved, nothing was sent.</source>
        <translation>Revisão cancelada: o rascunho foi salvo, nada foi enviado.</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>The draft could not be saved, so it was not sent.</source>
        <translation>Não foi possível salvar o rascunho, por isso ele não foi enviado.</translation>
    </message>
    <message>
        <source>Recording the batch in the journal before sending it…</source>
        <translation>Gravando o lote no registro antes de enviá-lo…</translation>
    </message>
    <message>
        <source>This draft was already submitted as %1.</source>
        <translation>Este rascunho já foi enviado como %1.</translation>
    </message>
    <message>
        <source>Request &amp;approval</source>
        <translation>Solicitar &amp;aprovação</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::SubmitReviewDialog</name>
    <message>
        <source>Review and submit</source>
        <translation>Revisar e enviar</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>ID da requisição:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moeda:</translation>
    </message>
    <message>
        <source>Bank payouts:</source>
        <translation>Pagamentos para banco:</translation>
    </message>
    <message>
        <source>E-wallet payouts:</source>
        <translation>Pagamentos para carteira digital:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>This sends real money. Type the number of payouts and the total to confirm.</source>
        <translation>Isto envia dinheiro real. Digite a quantidade de pagamentos e o total para confirmar.</translation>
    </message>
    <message>
        <source>Number of payouts</source>
        <translation>Quantidade de pagamentos</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>Valor total</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Number of &amp;payouts:</source>
        <translation>&amp;Quantidade de pagamentos:</translation>
    </message>
    <message>
        <source>&amp;Total (%1):</source>
        <translation>&amp;Total (%1):</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Show &amp;request</source>
        <translation>Mostrar requi&amp;sição</translation>
    </message>
    <message>
        <source>POST /api/global/payout/batch/create-order</source>
        <translation>POST /api/global/payout/batch/create-order</translation>
    </message>
    <message>
        <source>Sign string (the secret is not shown):</source>
        <translation>String de assinatura (a chave secreta não é mostrada):</translation>
    </message>
    <message>
        <source>Hide &amp;request</source>
        <translation>Ocultar requi&amp;sição</translation>
    </message>
    <message>
        <source>Type the total as it is shown above, like %1.</source>
        <translation>Digite o total como ele aparece acima, p. ex. %1.</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>I&amp;mprimir…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Exp&amp;ortar PDF…</translation>
    </message>
    <message>
        <source>Changed payee details</source>
        <translation>Dados de favorecido alterados</translation>
    </message>
    <message>
        <source>These rows pay saved payees at details that are not their saved ones or that changed lately. Tick each row you have checked with the payee.</source>
        <translation>Estas linhas pagam favorecidos salvos com dados diferentes dos salvos ou alterados recentemente. Marque cada linha que você conferiu com o favorecido.</translation>
    </message>
    <message>
        <source>These rows pay saved payees at details that are not their saved ones or that changed lately.</source>
        <translation>Estas linhas pagam favorecidos salvos com dados diferentes dos salvos ou alterados recentemente.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3, account %4</source>
        <translation>Linha %1, %2: %3, conta %4</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Próxima página</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Formatted</source>
        <translation>&amp;Formatado</translation>
    </message>
    <message>
        <source>The request&apos;s body with a line per field, for reading; every value as it is sent.</source>
        <translation>O corpo da requisição com uma linha por campo, para leitura; cada valor exatamente como é enviado.</translation>
    </message>
    <message>
        <source>&amp;Exact bytes</source>
        <translation>Bytes e&amp;xatos</translation>
    </message>
    <message>
        <source>The request&apos;s body exactly as it is sent and signed.</source>
        <translation>O corpo da requisição exatamente como é enviado e assinado.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::SummaryBar</name>
    <message>
        <source>Next problem</source>
        <translation>Próximo problema</translation>
    </message>
    <message>
        <source>Go to the next cell with an error or a warning (F8)</source>
        <translation>Ir para a próxima célula com erro ou aviso (F8)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: too large to send</source>
        <translation>Total: grande demais para enviar</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n amount(s) not counted)</source>
        <translation>
            <numerusform>(%n valor não contado)</numerusform>
            <numerusform>(%n valores não contados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Accepted by Lesspay</source>
        <translation>Aceito pela Lesspay</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Outcome unknown: being reconciled</source>
        <translation>Resultado não confirmado: em verificação</translation>
    </message>
    <message>
        <source>Fix the rows in a new draft (File → New draft) and submit that one.</source>
        <translation>Corrija as linhas em um novo rascunho (Arquivo → Novo rascunho) e envie esse.</translation>
    </message>
    <message>
        <source>the console asks Lesspay about %1 until it knows; nothing is sent twice</source>
        <translation>o console consulta a Lesspay sobre %1 até ter a resposta; nada é enviado duas vezes</translation>
    </message>
    <message>
        <source>Fix the cause, then press “Send again” on the Batches page.</source>
        <translation>Corrija a causa e depois clique em “Enviar de novo” na tela Lotes.</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::WalletRecipientDialog</name>
    <message>
        <source>No e-wallet provider for %1</source>
        <translation>Nenhum provedor de carteira digital para %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::WorkspaceDialog</name>
    <message>
        <source>This &amp;computer</source>
        <translation>Este &amp;computador</translation>
    </message>
    <message>
        <source>&amp;Team database (PostgreSQL)</source>
        <translation>Banco de dados da &amp;equipe (PostgreSQL)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the saved one</source>
        <translation>Guardada no chaveiro do sistema; deixe em branco para manter a salva</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com, ou uma pasta de socket, p. ex. /run/postgresql</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>As autoridades certificadoras do sistema</translation>
    </message>
    <message>
        <source>The journal is a file on this computer, for one person.</source>
        <translation>O registro é um arquivo neste computador, para uma pessoa.</translation>
    </message>
    <message>
        <source>The journal is the team&apos;s shared database: approvals, and everyone sees every batch.</source>
        <translation>O registro é o banco de dados compartilhado da equipe: com aprovações, e todos veem todos os lotes.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Banco de &amp;dados:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;Arquivo da CA:</translation>
    </message>
    <message>
        <source>Over the network the server&apos;s certificate is always checked (sslmode=verify-full).</source>
        <translation>Pela rede, o certificado do servidor é sempre verificado (sslmode=verify-full).</translation>
    </message>
    <message>
        <source>The console opens the chosen journal when it starts again.</source>
        <translation>O console abre o registro escolhido quando for iniciado de novo.</translation>
    </message>
    <message>
        <source>&amp;Workspace…</source>
        <translation>Espaço de &amp;trabalho…</translation>
    </message>
    <message>
        <source>Certificate authority of the team&apos;s database</source>
        <translation>Autoridade certificadora do banco de dados da equipe</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::WorkspaceStartup</name>
    <message>
        <source>Lesspay Payout Console</source>
        <translation>Console de Pagamentos Lesspay</translation>
    </message>
    <message>
        <source>The team workspace %1 could not be opened: %2</source>
        <translation>Não foi possível abrir o espaço de trabalho da equipe %1: %2</translation>
    </message>
    <message>
        <source>The journal could not be opened: %1</source>
        <translation>Não foi possível abrir o registro: %1</translation>
    </message>
    <message>
        <source>Nothing was written to it. Check the workspace settings, or quit and try later.</source>
        <translation>Nada foi gravado nele. Confira as configurações do espaço de trabalho, ou saia e tente mais tarde.</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>Configurações do espaço de &amp;trabalho…</translation>
    </message>
</context>
<context>
    <name>PayeeAccountForm</name>
    <message>
        <source>Payee&apos;s e-wallet account</source>
        <translation>Conta da carteira digital do favorecido</translation>
    </message>
    <message>
        <source>Payee&apos;s bank account</source>
        <translation>Conta bancária do favorecido</translation>
    </message>
</context>
<context>
    <name>PayeeMatch</name>
    <message>
        <source>%1 is a saved payee, but this account is not one of their saved accounts. Check that the new details really come from them before paying.</source>
        <translation>%1 é um favorecido salvo, mas esta conta não é uma das contas salvas dele. Confira se os novos dados vieram mesmo do favorecido antes de pagar.</translation>
    </message>
    <message>
        <source>The saved account of %1 was changed on %2. Check that the change really came from them before paying.</source>
        <translation>A conta salva de %1 foi alterada em %2. Confira se a alteração veio mesmo do favorecido antes de pagar.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be laid out</source>
        <translation>não foi possível diagramar o PDF</translation>
    </message>
    <message>
        <source>Payout batch %1</source>
        <translation>Lote de pagamento %1</translation>
    </message>
    <message>
        <source>Payment advice</source>
        <translation>Comprovante de pagamento</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
</context>
<context>
    <name>PriorPaymentChecker</name>
    <message>
        <source>Already paid to this recipient with the same amount in batch %1 (%2).</source>
        <translation>Este favorecido já recebeu o mesmo valor no lote %1 (%2).</translation>
    </message>
    <message>
        <source>The same recipient and amount are pending in batch %1 (%2, %3).</source>
        <translation>O mesmo favorecido e valor estão em processamento no lote %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Already paid to this recipient with the same amount in batch %1 (%2, prepared by %3).</source>
        <translation>Este favorecido já recebeu o mesmo valor no lote %1 (%2, preparado por %3).</translation>
    </message>
    <message>
        <source>The same recipient and amount are pending in batch %1 (%2, %3, prepared by %4).</source>
        <translation>O mesmo favorecido e valor estão em processamento no lote %1 (%2, %3, preparado por %4).</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Production: payouts sent with this profile move real money.</source>
        <translation>Produção: pagamentos enviados com este perfil movimentam dinheiro real.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>A&amp;mbiente:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>Chave secreta do app:</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>não salva</translation>
    </message>
    <message>
        <source>&amp;Set secret…</source>
        <translation>Definir chave &amp;secreta…</translation>
    </message>
    <message>
        <source>appSecret from Lesspay</source>
        <translation>appSecret da Lesspay</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Chave secreta do app</translation>
    </message>
    <message>
        <source>Save secret</source>
        <translation>Salvar chave secreta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>BANK_TRANSFER</source>
        <translation>BANK_TRANSFER</translation>
    </message>
    <message>
        <source>Way &amp;code:</source>
        <translation>&amp;Código do canal:</translation>
    </message>
    <message>
        <source>N&amp;otify URL:</source>
        <translation>URL de n&amp;otificação:</translation>
    </message>
    <message>
        <source>C&amp;urrencies:</source>
        <translation>Mo&amp;edas:</translation>
    </message>
    <message>
        <source>ISO 4217 codes separated by commas</source>
        <translation>Códigos ISO 4217 separados por vírgulas</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>&amp;Decimais:</translation>
    </message>
    <message>
        <source>Overrides of the decimals a currency may carry, e.g. IDR=0</source>
        <translation>Exceções às casas decimais que uma moeda pode ter, p. ex. IDR=0</translation>
    </message>
    <message>
        <source>IDR=0</source>
        <translation>IDR=0</translation>
    </message>
    <message>
        <source>E-wallet &amp;providers:</source>
        <translation>&amp;Provedores de carteira digital:</translation>
    </message>
    <message>
        <source>Providers beyond the built-in table, one currency per line, e.g. PHP: Coins.ph, Maya</source>
        <translation>Provedores além da tabela embutida, uma moeda por linha, p. ex. PHP: Coins.ph, Maya</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Testar cone&amp;xão</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation>Sal&amp;var perfil</translation>
    </message>
    <message>
        <source>APP&amp;ID:</source>
        <translation>APP&amp;ID:</translation>
    </message>
    <message>
        <source>Wa&amp;y type:</source>
        <translation>&amp;Tipo de canal:</translation>
    </message>
    <message>
        <source>Supported-banks pat&amp;h:</source>
        <translation>Camin&amp;ho dos bancos suportados:</translation>
    </message>
    <message>
        <source>Your company&apos;s name as payees should read it on a payment advice</source>
        <translation>O nome da sua empresa como os favorecidos devem vê-lo no comprovante de pagamento</translation>
    </message>
    <message>
        <source>Payer na&amp;me:</source>
        <translation>Nome do pa&amp;gador:</translation>
    </message>
</context>
<context>
    <name>RecipientImporter</name>
    <message>
        <source>The row has %1 cells but the header only %2; the cells beyond the header were not imported.</source>
        <translation>A linha tem %1 células, mas o cabeçalho só %2; as células além do cabeçalho não foram importadas.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header %2; the missing cells were read as empty.</source>
        <translation>A linha tem %1 células, mas o cabeçalho %2; as células que faltam foram lidas como vazias.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>The import was canceled; nothing was imported.</source>
        <translation>A importação foi cancelada; nada foi importado.</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>A pasta de trabalho não tem a planilha %1.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Payout batch report</source>
        <translation>Relatório do lote de pagamento</translation>
    </message>
    <message>
        <source>Payout batch review (not sent)</source>
        <translation>Revisão do lote de pagamento (não enviado)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID da requisição</translation>
    </message>
    <message>
        <source>Lesspay order</source>
        <translation>Pedido Lesspay</translation>
    </message>
    <message>
        <source>none (not accepted by Lesspay)</source>
        <translation>nenhum (não aceito pela Lesspay)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>Status do lote</translation>
    </message>
    <message>
        <source>Request body SHA-256</source>
        <translation>SHA-256 do corpo da requisição</translation>
    </message>
    <message>
        <source>Request body size</source>
        <translation>Tamanho do corpo da requisição</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Relatório gerado em</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Valor (%1)</translation>
    </message>
    <message>
        <source>By destination type</source>
        <translation>Por tipo de destino</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Por status</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Trilha de auditoria</translation>
    </message>
    <message>
        <source>Nothing has been sent: this is the review before submitting.</source>
        <translation>Nada foi enviado: esta é a revisão antes do envio.</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (perfil %2)</translation>
    </message>
    <message>
        <source>No approvals are recorded for this batch: the console has no approval step, and the journal records the profile a batch was sent with, not a person.</source>
        <translation>Nenhuma aprovação está registrada para este lote: o console não tem etapa de aprovação, e o registro guarda o perfil com que um lote foi enviado, não uma pessoa.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID do pedido</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Bank or provider</source>
        <translation>Banco ou provedor</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fail reason</source>
        <translation>Motivo da falha</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n payout(s)</source>
        <translation>
            <numerusform>%1: %n pagamento</numerusform>
            <numerusform>%1: %n pagamentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Request ID %1 · SHA-256 %2…</source>
        <translation>ID da requisição %1 · SHA-256 %2…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Payout batch report · %1 · %2</source>
        <translation>Relatório do lote de pagamento · %1 · %2</translation>
    </message>
    <message>
        <source>Brought forward</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>A transportar</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (por %2)</translation>
    </message>
</context>
<context>
    <name>ResultPrinter</name>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>possible duplicate: %1 pays the same recipient and amount as %2 in batch %3 (%4)</source>
        <translation>possível duplicata: %1 paga o mesmo favorecido e o mesmo valor que %2 no lote %3 (%4)</translation>
    </message>
    <message>
        <source>too large to add up (beyond %1 minor units)</source>
        <translation>grande demais para somar (acima de %1 unidades mínimas)</translation>
    </message>
    <message numerus="yes">
        <source>valid: %n row(s), total %1</source>
        <translation>
            <numerusform>válida: %n linha, total %1</numerusform>
            <numerusform>válidas: %n linhas, total %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>invalid: %n row(s)</source>
        <translation>
            <numerusform>inválida: %n linha</numerusform>
            <numerusform>inválidas: %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>&quot;3 errors, 1 warning&quot;: the two counts of a validation</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting approval (not requested yet)</source>
        <translation>Aguardando aprovação (ainda não solicitada)</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Aguardando aprovação</translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation>Aprovado, ainda não enviado</translation>
    </message>
    <message>
        <source>Rejected by an approver: not sent</source>
        <translation>Recusado por um aprovador: não enviado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>não confirmado</translation>
    </message>
    <message numerus="yes">
        <source>in %n detail(s)</source>
        <translation>
            <numerusform>em %n detalhe</numerusform>
            <numerusform>em %n detalhes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 paid, %2 failed, %3 pending</source>
        <translation>%1 pagos, %2 com falha, %3 em processamento</translation>
    </message>
</context>
<context>
    <name>RetryDraftBuilder</name>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation>Não há lote %1 no registro.</translation>
    </message>
    <message>
        <source>This batch needs a person: check it with Lesspay before retrying any payout.</source>
        <translation>Este lote requer intervenção manual: verifique-o com a Lesspay antes de tentar de novo qualquer pagamento.</translation>
    </message>
    <message>
        <source>Lesspay has not confirmed this batch yet; a retry now could pay twice.</source>
        <translation>A Lesspay ainda não confirmou este lote; tentar de novo agora poderia pagar duas vezes.</translation>
    </message>
    <message>
        <source>This batch is still in progress; wait until every payout is paid or failed.</source>
        <translation>Este lote ainda está em processamento; aguarde até que cada pagamento seja pago ou falhe.</translation>
    </message>
    <message>
        <source>Lesspay refused the whole batch, so no payout has a result to retry.</source>
        <translation>A Lesspay recusou o lote inteiro, então nenhum pagamento tem resultado para tentar de novo.</translation>
    </message>
    <message>
        <source>Payout %1 is still pending; wait until every payout is paid or failed.</source>
        <translation>O pagamento %1 ainda está em processamento; aguarde até que cada pagamento seja pago ou falhe.</translation>
    </message>
    <message>
        <source>No payout of this batch failed.</source>
        <translation>Nenhum pagamento deste lote falhou.</translation>
    </message>
    <message>
        <source>A draft with the failed payouts of this batch already exists; use that one.</source>
        <translation>Já existe um rascunho com os pagamentos com falha deste lote; use esse.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed payout(s) can go into a new draft.</source>
        <translation>
            <numerusform>%n pagamento que falhou pode ir para um novo rascunho.</numerusform>
            <numerusform>%n pagamentos que falharam podem ir para um novo rascunho.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch as it was sent cannot be read back from the journal.</source>
        <translation>Não foi possível ler do registro o lote tal como foi enviado.</translation>
    </message>
    <message>
        <source>The failed payouts do not match the batch as it was sent.</source>
        <translation>Os pagamentos com falha não conferem com o lote tal como foi enviado.</translation>
    </message>
    <message>
        <source>Failed payouts of %1</source>
        <translation>Pagamentos com falha de %1</translation>
    </message>
    <message numerus="yes">
        <source>New draft &quot;%1&quot; with %n payout(s).</source>
        <translation>
            <numerusform>Novo rascunho &quot;%1&quot; com %n pagamento.</numerusform>
            <numerusform>Novo rascunho &quot;%1&quot; com %n pagamentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadsheetDamage</name>
    <message>
        <source>%1 looks like a mobile number whose leading 0 a spreadsheet removed (0%1). Check the number; it was imported as written.</source>
        <translation>%1 parece um número de celular cujo 0 inicial foi removido por uma planilha (0%1). Confira o número; ele foi importado como escrito.</translation>
    </message>
    <message>
        <source>A CPF has 11 digits; %1 has %2. A spreadsheet probably removed leading zeros: format the column as Text and export again.</source>
        <translation>Um CPF tem 11 dígitos; %1 tem %2. Uma planilha provavelmente removeu zeros à esquerda: formate a coluna como Texto e exporte de novo.</translation>
    </message>
    <message>
        <source>A CNPJ has 14 digits; %1 has %2. A spreadsheet probably removed leading zeros: format the column as Text and export again.</source>
        <translation>Um CNPJ tem 14 dígitos; %1 tem %2. Uma planilha provavelmente removeu zeros à esquerda: formate a coluna como Texto e exporte de novo.</translation>
    </message>
    <message>
        <source>%1 is in scientific notation: a spreadsheet shortened the number and the original digits are lost. Format the column as Text and export again.</source>
        <translation>%1 está em notação científica: uma planilha encurtou o número e os dígitos originais se perderam. Formate a coluna como Texto e exporte de novo.</translation>
    </message>
    <message>
        <source>%1 looks like a date: a spreadsheet probably converted the number. Format the column as Text and export again.</source>
        <translation>%1 parece uma data: uma planilha provavelmente converteu o número. Formate a coluna como Texto e exporte de novo.</translation>
    </message>
</context>
<context>
    <name>TeamApprovals</name>
    <message>
        <source>There is no batch %1 in the workspace.</source>
        <translation>Não há lote %1 no espaço de trabalho.</translation>
    </message>
</context>
<context>
    <name>TeamAudit</name>
    <message>
        <source>Prepared by %1</source>
        <translation>Preparado por %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>aprovado por %1</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>recusado por %1</translation>
    </message>
    <message>
        <source>rejected by %1 (%2)</source>
        <translation>recusado por %1 (%2)</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>enviado por %1</translation>
    </message>
    <message>
        <source>%1 froze the batch</source>
        <translation>%1 congelou o lote</translation>
    </message>
    <message>
        <source>%1 asked for approval</source>
        <translation>%1 solicitou aprovação</translation>
    </message>
    <message>
        <source>%1 approved it</source>
        <translation>%1 aprovou</translation>
    </message>
    <message>
        <source>%1 approved it: %2</source>
        <translation>%1 aprovou: %2</translation>
    </message>
    <message>
        <source>%1 rejected it</source>
        <translation>%1 recusou</translation>
    </message>
    <message>
        <source>%1 rejected it: %2</source>
        <translation>%1 recusou: %2</translation>
    </message>
    <message>
        <source>The batch is approved</source>
        <translation>O lote está aprovado</translation>
    </message>
    <message>
        <source>The batch is rejected</source>
        <translation>O lote foi recusado</translation>
    </message>
    <message>
        <source>%1 sent it</source>
        <translation>%1 enviou</translation>
    </message>
    <message>
        <source>%1 recorded the state %2</source>
        <translation>%1 registrou o estado %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TeamWorkspace</name>
    <message>
        <source>A team workspace needs a PostgreSQL database; %1 is a file.</source>
        <translation>Um espaço de trabalho de equipe precisa de um banco de dados PostgreSQL; %1 é um arquivo.</translation>
    </message>
    <message>
        <source>Cannot set up the team workspace: %1</source>
        <translation>Não é possível configurar o espaço de trabalho da equipe: %1</translation>
    </message>
    <message>
        <source>Cannot add %1 to the team workspace: %2</source>
        <translation>Não é possível adicionar %1 ao espaço de trabalho da equipe: %2</translation>
    </message>
</context>
<context>
    <name>WalletRecipientDialog</name>
    <message>
        <source>Add e-wallet recipient</source>
        <translation>Adicionar favorecido de carteira digital</translation>
    </message>
    <message>
        <source>Order &amp;ID:</source>
        <translation>&amp;ID do pedido:</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID do pedido</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Wallet &amp;holder:</source>
        <translation>&amp;Titular da carteira:</translation>
    </message>
    <message>
        <source>Wallet holder</source>
        <translation>Titular da carteira</translation>
    </message>
    <message>
        <source>Wallet a&amp;ccount:</source>
        <translation>&amp;Conta da carteira:</translation>
    </message>
    <message>
        <source>Wallet account number</source>
        <translation>Número da conta da carteira</translation>
    </message>
    <message>
        <source>Phone number, email or wallet ID</source>
        <translation>Número de telefone, e-mail ou ID da carteira</translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation>Tipo de c&amp;onta:</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de conta</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Pessoa física</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Pessoa jurídica</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provedor:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Deposit &amp;key type:</source>
        <translation>Tipo de c&amp;have PIX:</translation>
    </message>
    <message>
        <source>Deposit key type</source>
        <translation>Tipo de chave PIX</translation>
    </message>
    <message>
        <source>&amp;Deposit key:</source>
        <translation>Chave PI&amp;X:</translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation>Chave PIX</translation>
    </message>
</context>
<context>
    <name>WorkspaceSetting</name>
    <message>
        <source>Enter the database server&apos;s host name.</source>
        <translation>Digite o nome do host do servidor de banco de dados.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>A porta deve estar entre 1 e 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the team&apos;s database.</source>
        <translation>Digite o nome do banco de dados da equipe.</translation>
    </message>
    <message>
        <source>Enter your database user name.</source>
        <translation>Digite o seu nome de usuário do banco de dados.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>O arquivo da CA %1 não existe.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Prepare, submit and track Lesspay payout batches.</source>
        <translation>Prepare, envie e acompanhe lotes de pagamento Lesspay.</translation>
    </message>
    <message>
        <source>The console opens the chosen journal when it starts again.</source>
        <translation>O console abre o registro escolhido quando for iniciado de novo.</translation>
    </message>
</context>
</TS>
