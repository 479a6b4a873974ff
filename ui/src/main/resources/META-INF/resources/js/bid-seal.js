/*
 * Seals a bid in the bidder's browser before anything leaves it (docs/security.md, "Sealed bids").
 *
 * The price, the proposal and every PDF are encrypted with AES-256-GCM under a fresh random key that
 * exists only here and in the key the bidder saves; the portal receives ciphertext and a commitment:
 * SHA-256 of the plain envelope, which carries a random 256-bit nonce so that no guess of a price or a
 * text can be checked against it. The format is SealedBid's (processes, tender/SealedBid.java);
 * BidEnvelope.java is its reference implementation.
 *
 * The form's fields are plain inputs that Vaadin does not synchronise: their values never reach the server.
 */
(function () {
  'use strict';

  var PAD_ENVELOPE = 1024;
  var PAD_ATTACHMENT = 64 * 1024;
  var PRICE = /^[0-9]{1,12}(\.[0-9]{1,2})?$/;
  var CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

  function b64(bytes) {
    var s = '';
    var chunk = 0x8000;
    for (var i = 0; i < bytes.length; i += chunk) {
      s += String.fromCharCode.apply(null, bytes.subarray(i, i + chunk));
    }
    return btoa(s);
  }

  function b64url(bytes) {
    return b64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  function random(n) {
    var bytes = new Uint8Array(n);
    crypto.getRandomValues(bytes);
    return bytes;
  }

  function padded(length, block) {
    return Math.max(block, Math.ceil(length / block) * block);
  }

  async function encrypt(key, plain) {
    var iv = random(12);
    var sealed = await crypto.subtle.encrypt({name: 'AES-GCM', iv: iv, tagLength: 128}, key, plain);
    return {iv: b64(iv), data: b64(new Uint8Array(sealed))};
  }

  function readFile(file) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () { resolve(new Uint8Array(reader.result)); };
      reader.onerror = function () { reject(reader.error); };
      reader.readAsArrayBuffer(file);
    });
  }

  /** Seals price, proposal and files under the raw key; returns the payload the portal stores. */
  async function seal(rawKey, price, proposal, files) {
    var key = await crypto.subtle.importKey('raw', rawKey, {name: 'AES-GCM'}, false, ['encrypt']);
    var listed = [];
    var sealedFiles = [];
    for (var i = 0; i < files.length; i++) {
      var content = files[i].content;
      listed.push({name: files[i].name, size: content.length, sha256: hex(await crypto.subtle.digest('SHA-256', content))});
      var pad = new Uint8Array(padded(content.length, PAD_ATTACHMENT));
      pad.set(content);
      sealedFiles.push(await encrypt(key, pad));
    }
    var envelope = {v: 1, price: price, proposal: proposal, nonce: b64(random(32)), attachments: listed};
    var text = JSON.stringify(envelope);
    var length = new TextEncoder().encode(text).length + ',"pad":""'.length;
    envelope.pad = ' '.repeat(padded(length, PAD_ENVELOPE) - length);
    var bytes = new TextEncoder().encode(JSON.stringify(envelope));
    var sealedEnvelope = await encrypt(key, bytes);
    return {
      version: 1,
      iv: sealedEnvelope.iv,
      envelope: sealedEnvelope.data,
      commitment: hex(await crypto.subtle.digest('SHA-256', bytes)),
      attachments: sealedFiles
    };
  }

  function el(root, id) {
    return root.querySelector('#' + id);
  }

  /**
   * Wires the sealing form inside root. options: budget (yuan, number), maxBytes, maxFiles, maxChars,
   * project (code, for the key file's name) and the messages (zh or en, from the server's bundles).
   */
  function attach(root, options) {
    var m = options.messages;
    var price = el(root, 'field-price');
    var proposal = el(root, 'field-technicalProposal');
    var filesInput = el(root, 'field-attachments');
    var error = el(root, 'seal-error');
    var submit = el(root, 'submit-bid');
    var keyPanel = el(root, 'bid-key-panel');
    var rawKey = null;
    var overBudgetAcknowledged = false;

    function fail(field, message) {
      [price, proposal, filesInput].forEach(function (f) { f.removeAttribute('aria-invalid'); });
      if (field) {
        field.setAttribute('aria-invalid', 'true');
        field.focus();
      }
      error.textContent = message;
      error.className = 'seal-error';
    }

    function warn(message) {
      error.textContent = message;
      error.className = 'seal-warning';
    }

    async function check() {
      var p = price.value.trim().replace(/,/g, '');
      if (!PRICE.test(p) || Number(p) <= 0) {
        fail(price, m.price);
        return null;
      }
      var text = proposal.value.trim();
      if (text.length === 0 || text.length > options.maxChars || CONTROL.test(text)) {
        fail(proposal, m.proposal);
        return null;
      }
      var chosen = Array.prototype.slice.call(filesInput.files || []);
      if (chosen.length > options.maxFiles) {
        fail(filesInput, m.tooManyFiles);
        return null;
      }
      var files = [];
      for (var i = 0; i < chosen.length; i++) {
        var f = chosen[i];
        if (f.size > options.maxBytes) {
          fail(filesInput, m.tooLarge.replace('%s', f.name));
          return null;
        }
        var content = await readFile(f);
        var head = String.fromCharCode.apply(null, content.subarray(0, 5));
        if (!/\.pdf$/i.test(f.name) || head !== '%PDF-') {
          fail(filesInput, m.notPdf.replace('%s', f.name));
          return null;
        }
        files.push({name: f.name.replace(CONTROL, '').slice(0, 200), content: content});
      }
      if (Number(p) > options.budget && !overBudgetAcknowledged) {
        overBudgetAcknowledged = true;
        warn(m.overBudget);
        return null;
      }
      return {price: p, proposal: text, files: files};
    }

    function showKey(keyText) {
      keyPanel.innerHTML = '';
      var heading = document.createElement('h4');
      heading.textContent = m.keyHeading;
      var warning = document.createElement('p');
      warning.className = 'seal-warning';
      warning.textContent = m.keyWarning;
      var code = document.createElement('code');
      code.id = 'bid-key';
      code.textContent = keyText;
      var download = document.createElement('a');
      download.id = 'bid-key-download';
      download.textContent = m.keyDownload;
      download.download = options.project + '-bid-key.txt';
      download.href = URL.createObjectURL(new Blob([m.keyFile + '\n' + options.project + '\n' + keyText + '\n'],
        {type: 'text/plain'}));
      var saved = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.id = 'bid-key-saved';
      saved.appendChild(box);
      saved.appendChild(document.createTextNode(' ' + m.keySaved));
      var confirm = document.createElement('button');
      confirm.type = 'button';
      confirm.id = 'confirm-seal';
      confirm.className = 'seal-button';
      confirm.textContent = m.confirm;
      confirm.disabled = true;
      box.addEventListener('change', function () { confirm.disabled = !box.checked; });
      confirm.addEventListener('click', send);
      [heading, warning, code, download, saved, confirm].forEach(function (n) { keyPanel.appendChild(n); });
      keyPanel.hidden = false;
    }

    async function send(event) {
      var button = event.target;
      button.disabled = true;
      var content = await check();
      if (!content) {
        button.disabled = false;
        return;
      }
      warn(m.sealing);
      try {
        var payload = await seal(rawKey, content.price, content.proposal, content.files);
        var refusal = await root.$server.sealed(JSON.stringify(payload));
        if (refusal) {
          fail(null, refusal);
          button.disabled = false;
          return;
        }
        price.value = '';
        proposal.value = '';
        filesInput.value = '';
        error.textContent = '';
        button.hidden = true;
        el(keyPanel, 'bid-key-saved').disabled = true;
      } catch (e) {
        fail(null, m.failed + ' ' + e);
        button.disabled = false;
      }
    }

    submit.addEventListener('click', async function () {
      if (!window.crypto || !crypto.subtle) {
        fail(null, m.noCrypto);
        return;
      }
      var content = await check();
      if (!content) {
        return;
      }
      error.textContent = '';
      rawKey = random(32);
      showKey('LPK1-' + b64url(rawKey));
    });
  }

  window.portalBidSeal = {attach: attach, seal: seal};
})();
