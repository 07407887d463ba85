print("newsdesk")
