// Import list of package api in api of Bhaal22/ricardo_user_creation (the import blocks of its non-test files; no code kept)
package api

import (
	_ "fmt"
	_ "github.com/Bhaal22/ricardo_user_creation/entities"
	_ "github.com/Bhaal22/ricardo_user_creation/events"
	_ "github.com/Bhaal22/ricardo_user_creation/logic"
	_ "github.com/gin-gonic/gin"
	_ "github.com/jinzhu/gorm"
	_ "net/http"
	_ "net/url"
)
