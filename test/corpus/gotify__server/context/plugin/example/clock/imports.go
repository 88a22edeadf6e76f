// Import list of package main in plugin/example/clock of gotify/server (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/gotify/plugin-api"
	_ "github.com/robfig/cron"
	_ "time"
)
