// Import list of package yandexcloud in providers/dns/yandexcloud of go-acme/lego (the import blocks of its non-test files; no code kept)
package yandexcloud

import (
	_ "context"
	_ "encoding/base64"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/yandex-cloud/go-genproto/yandex/cloud/dns/v1"
	_ "github.com/yandex-cloud/go-sdk/services/dns/v1"
	_ "github.com/yandex-cloud/go-sdk/v2"
	_ "github.com/yandex-cloud/go-sdk/v2/credentials"
	_ "github.com/yandex-cloud/go-sdk/v2/pkg/iamkey"
	_ "github.com/yandex-cloud/go-sdk/v2/pkg/options"
	_ "slices"
	_ "strings"
	_ "time"
)
