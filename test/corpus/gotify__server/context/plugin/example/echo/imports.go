// Import list of package main in plugin/example/echo of gotify/server (the import blocks of its non-test files; no code kept)
package main

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/gin-gonic/gin"
	_ "github.com/gotify/plugin-api"
	_ "log"
	_ "net/url"
)
