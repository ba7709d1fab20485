-- The FinCorpus server in a real Neovim (Debian's 0.7.2), headless. test/editors/run.mjs starts
--   nvim --headless --clean -c 'luafile test/editors/neovim.lua'
-- in a temporary copy of seeds/, with FINCORPUS_SERVER (server/out/main.js) and FINCORPUS_README set.
-- The set-up is the README's Neovim block itself. The test body runs in a coroutine that Neovim's own
-- events resume (a response, a DiagnosticChanged autocommand, the end of indexing), so nothing sleeps;
-- a watchdog fails the run, naming what it awaited, if an event never comes.

local seed001 = 'seeds/001_528cf213c8b04a03.txt'
local seed004 = 'seeds/004_5e883007aff4821f.txt'
-- Contradicts 001's 截至2022年末…微众银行…超110万家 (line 43) with an upper bound far below it.
local sentence = '截至2022年末，微众银行服务小微企业不足10万家。'
local watchdog_ms = 60000

local out = io.stdout
local function say(text)
  out:write('neovim: ' .. text .. '\n')
end

local test -- the coroutine of the test body
local awaiting = 'the start' -- what the body is waiting for, for the watchdog's message
local finished = false

local function finish(failure)
  if finished then
    return
  end
  finished = true
  if failure then
    out:write('neovim: FAILED: ' .. tostring(failure) .. '\n')
    vim.cmd('cquit 1')
  else
    say('passed')
    vim.cmd('qall!')
  end
end

local function resume(...)
  local ok, failure = coroutine.resume(test, ...)
  if not ok then
    finish(debug.traceback(test, failure))
  elseif coroutine.status(test) == 'dead' then
    finish()
  end
end

local watchdog = vim.loop.new_timer()
-- What a timed-out wait reports of the state it waited on, when the wait says.
local describe_now = nil

local function arm(what)
  awaiting = what
  watchdog:stop()
  watchdog:start(watchdog_ms, 0, vim.schedule_wrap(function()
    finish('timed out after ' .. watchdog_ms / 1000 .. ' s waiting for ' .. awaiting .. (describe_now and ('; now: ' .. describe_now()) or ''))
  end))
end

local function equal(actual, expected, what)
  if not vim.deep_equal(actual, expected) then
    error(what .. ':\n  expected ' .. vim.inspect(expected) .. '\n  got      ' .. vim.inspect(actual), 2)
  end
end

-- Events the body can wait for: each check runs when its event fires and resumes the body once true.
local listeners = {}
local function notify(event)
  for i, listener in ipairs(listeners) do
    if listener.event == event and listener.check() then
      table.remove(listeners, i)
      vim.schedule(resume)
      return
    end
  end
end

--- Waits until check() holds, re-evaluating it each time event fires.
local function wait_until(event, what, check)
  if check() then
    return
  end
  arm(what)
  table.insert(listeners, { event = event, check = check })
  coroutine.yield()
end

--- Sends a request to the buffer's server and waits for the answer.
local function request(bufnr, method, params)
  arm(method)
  vim.lsp.buf_request(bufnr, method, params, function(err, result)
    vim.schedule(function()
      resume(err, result)
    end)
  end)
  local err, result = coroutine.yield()
  if err then
    error(method .. ' failed: ' .. vim.inspect(err), 2)
  end
  return result
end

-- The end of the server's indexing arrives as $/progress; the default handler still runs.
local indexed = false
local default_progress = vim.lsp.handlers['$/progress']
vim.lsp.handlers['$/progress'] = function(err, result, ctx, config)
  if result and result.value and result.value.kind == 'end' then
    indexed = true
    notify('indexed')
  end
  return default_progress(err, result, ctx, config)
end
vim.api.nvim_create_autocmd('DiagnosticChanged', {
  callback = function()
    notify('diagnostics')
  end,
})

local function readme_block()
  local readme = table.concat(vim.fn.readfile(vim.env.FINCORPUS_README), '\n')
  local section = readme:match('\n### Neovim\n(.-)\n###? ')
  assert(section, 'README has a “### Neovim” section')
  local block = section:match('```lua\n(.-)\n```')
  assert(block, 'the Neovim section holds a lua block')
  return block
end

local function conflicts(bufnr)
  local found = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    if diagnostic.code == 'conflicting-figure' then
      table.insert(found, string.format('%d:%d %s', diagnostic.lnum + 1, diagnostic.col + 1, diagnostic.message))
    end
  end
  table.sort(found)
  return found
end

local function cursor_at(line, utf16_column)
  local text = vim.api.nvim_buf_get_lines(0, line - 1, line, true)[1]
  vim.api.nvim_win_set_cursor(0, { line, vim.str_byteindex(text, utf16_column - 1, true) })
end

local function body()
  assert(loadstring(readme_block(), 'README.md Neovim block'))()

  -- Attach to 001 and hover 超3.6亿 at 33:52 (1-based, UTF-16 column).
  vim.cmd('edit ' .. seed001)
  local doc001 = vim.api.nvim_get_current_buf()
  equal(vim.bo.filetype, 'text', 'filetype of a seed')
  -- The client counts as attached once the server has answered initialize.
  wait_until('indexed', 'the end of indexing', function()
    return indexed
  end)
  equal(#vim.lsp.buf_get_clients(doc001), 1, 'clients attached to 001')
  cursor_at(33, 52)
  local hover = request(doc001, 'textDocument/hover', vim.lsp.util.make_position_params())
  local lines = vim.split(hover.contents.value, '\n')
  equal(lines[1], '**超3.6亿** → at least 360,000,000', 'hover title')
  equal(vim.tbl_filter(function(line)
    return line:find('个人客户', 1, true) ~= nil or line:find('超过', 1, true) ~= nil
  end, lines), {
    '| Claim | 微众银行 · 个人客户 · 2023-06-29 |',
    '**微众银行 · 个人客户** elsewhere in the corpus:',
    '| [000\\_3ae6d66069a4080d.txt:38](' .. vim.uri_from_fname(vim.fn.getcwd() .. '/seeds/000_3ae6d66069a4080d.txt') .. '#L38) | 2022-03-11 | at least 300,000,000 | 超过了3亿人 |  |',
    '| [004\\_5e883007aff4821f.txt:16](' .. vim.uri_from_fname(vim.fn.getcwd() .. '/seeds/004_5e883007aff4821f.txt') .. '#L16) | 2024-12-16 | at least 400,000,000 | 超过4亿人次 |  |',
  }, 'hover: the claim and the same metric elsewhere')
  equal(hover.range, { start = { line = 32, character = 50 }, ['end'] = { line = 32, character = 55 } }, 'hover range (UTF-16)')
  say('hover on 超3.6亿: ' .. lines[1])
  equal(conflicts(doc001), {}, 'conflicts of 001 before the edit')

  -- Type a contradicting sentence into 004, as a new line 11.
  vim.cmd('edit ' .. seed004)
  local doc004 = vim.api.nvim_get_current_buf()
  equal(#vim.lsp.buf_get_clients(doc004), 1, 'clients attached to 004')
  vim.cmd('normal! 10Go' .. sentence)
  equal(vim.api.nvim_buf_get_lines(doc004, 10, 11, true), { sentence }, 'the typed line')
  local expected004 = {
    '11:' .. (#'截至2022年末，微众银行服务小微企业' + 1)
      .. ' 微众银行 小微企业客户: 不足10万家 (2022-12-31, 004_5e883007aff4821f.txt) conflicts with 超110万家 (2022-12-31, 001_528cf213c8b04a03.txt)',
  }
  local expected001 = {
    '43:' .. (vim.str_byteindex(vim.api.nvim_buf_get_lines(doc001, 42, 43, true)[1], 87, true) + 1)
      .. ' 微众银行 小微企业客户: 超110万家 (2022-12-31, 001_528cf213c8b04a03.txt) conflicts with 不足10万家 (2022-12-31, 004_5e883007aff4821f.txt)',
  }
  describe_now = function()
    return vim.inspect({ conflicts(doc004), conflicts(doc001) })
  end
  wait_until('diagnostics', 'the conflict pushed to 004 and 001', function()
    return vim.deep_equal(conflicts(doc004), expected004) and vim.deep_equal(conflicts(doc001), expected001)
  end)
  say('conflict in 004: ' .. conflicts(doc004)[1])
  say('conflict in 001: ' .. conflicts(doc001)[1])

  -- The quick fix, as a user picks it from vim.lsp.buf.code_action()'s menu on line 11. Neovim 0.7
  -- echoes the diagnostic with byte columns for its range: the server goes by the diagnostic's data.
  local titles
  local select = vim.ui.select
  vim.ui.select = function(items, options, on_choice)
    titles = vim.tbl_map(function(item)
      return options.format_item(item)
    end, items)
    vim.ui.select = select
    for _, item in ipairs(items) do
      if options.format_item(item):find('^Use ') then
        on_choice(item)
        vim.schedule(resume)
        return
      end
    end
    on_choice(nil)
    vim.schedule(resume)
  end
  vim.api.nvim_win_set_cursor(0, { 11, 0 })
  arm('the code actions')
  vim.lsp.buf.code_action()
  coroutine.yield()
  equal(titles, {
    'Use 超110万家 (at least 1,100,000) from 001_528cf213c8b04a03.txt:43',
    'Ignore conflicts of 微众银行 · 小微企业客户 at 2022-12-31 in fincorpus.json',
  }, 'code action titles')
  equal(vim.api.nvim_buf_get_lines(doc004, 10, 11, true), { '截至2022年末，微众银行服务小微企业超110万家。' }, 'the line after the fix')
  wait_until('diagnostics', 'the conflict cleared in 004 and 001', function()
    return #conflicts(doc004) == 0 and #conflicts(doc001) == 0
  end)
  say('fixed: ' .. vim.api.nvim_buf_get_lines(doc004, 10, 11, true)[1] .. '; both documents clear')
  watchdog:stop()
end

test = coroutine.create(body)
vim.schedule(resume)
