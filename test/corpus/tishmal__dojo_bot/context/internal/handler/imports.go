// Import list of package handler in internal/handler of tishmal/dojo_bot (the import blocks of its non-test files; no code kept)
package handler

import (
	_ "context"
	_ "dojo_bot/internal/svc"
	_ "github.com/mymmrac/telego"
	_ "github.com/mymmrac/telego/telegoutil"
	_ "log"
)
