// Import list of package svc in internal/svc of tishmal/dojo_bot (the import blocks of its non-test files; no code kept)
package svc

import (
	_ "dojo_bot/internal/storage/repository"
	_ "dojo_bot/model"
	_ "fmt"
	_ "github.com/mymmrac/telego"
	_ "time"
)
