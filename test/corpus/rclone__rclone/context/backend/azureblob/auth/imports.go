// Import list of package auth in backend/azureblob/auth of rclone/rclone (the import blocks of its non-test files; no code kept)
package auth

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/Azure/azure-sdk-for-go/sdk/azcore"
	_ "github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	_ "github.com/Azure/azure-sdk-for-go/sdk/azidentity"
	_ "github.com/Azure/azure-sdk-for-go/sdk/storage/azblob/sas"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/obscure"
	_ "github.com/rclone/rclone/fs/fshttp"
	_ "github.com/rclone/rclone/lib/env"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "strings"
)
